"""A place in a ranking → the facts model's `rank`: «Беларусь занимает 16-е место среди
торговых партнёров Узбекистана», «Казахстан является вторым торговым партнёром
Беларуси», «входит в первую десятку покупателей … и занимает в ней восьмое место»: the
place, who holds it (ours or the partner), what it is among and by what measure. No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import numbers as num
from memogen.draft import shares
from memogen.draft.words import inflect_word, is_nominative

_AMONG = re.compile(r"\s*(?P<among>(?:среди|из|в)\s+[^,.;:()«»\"]+?)(?=\s*(?:[,.;:()«»\"]|$|\sпо\s))", re.I)
_AMONG_BEFORE = re.compile(
    r"(?P<among>среди\s+[^,.;:]+?)\s+(?P<subject>(?:\S+\s+){1,3})(?:занима|занял|является|стал)", re.I
)
_MEASURE = re.compile(
    r"^\s*(?P<measure>по\s+(?:\w+\s+){0,2}(?:обороту|товарообороту|объему|объёму|торговле|экспорту|импорту)\w*)"
)


def read(text: str) -> list[tuple[num.Place, dict]]:
    """Each place `text` states with what it is among, as the facts model's `rank`."""
    out = []
    for place in num.places(text):
        among = _among(text, place)
        if among is None:
            continue
        rank: dict = {"position": place.position, "among": among, "holder": _holder(text[: place.start])}
        measure = _MEASURE.match(text[place.end :])
        if measure:
            rank["measure"] = measure["measure"]
        out.append((place, rank))
    return out


_IN_GROUP = re.compile(
    r"\bв(?:о)?\s+(?:(?:перв|втор|трет)\w+\s+)?(?:десятк|пят[её]рк|тройк|двадцатк|тридцатк|сотн|числ|списк|рейтинг|групп)\w*"
    r"\s+(?P<of>[^,.;:]+?)(?=\s+(?:и|а)\s|\s*[,.;:]|$)",
    re.I,
)


_TRADER = re.compile(r"(?:покупател|поставщик|импорт[её]р|экспорт[её]р|инвестор)\w*", re.I)


def _among(text: str, place: num.Place) -> str | None:
    trader = _TRADER.search(place.stated)
    if trader:  # «второй после России покупатель белорусской молочной продукции»
        buyers = _genitive_plural(trader.group())
        whose = shares.genitive_run(text[place.end :])
        return " ".join(w for w in ("среди", buyers, whose) if w) if buyers else None
    if "партн" in place.stated.lower():  # «вторым торговым партнёром Беларуси»
        words = place.stated.split()[1:]
        plural = [w for w in (_genitive_plural(w) for w in words) if w]
        # whose partners: «Беларуси», «Нижегородской области»; then «среди стран СНГ», «в Азии»
        rest = re.match(r"\s*((?:[А-ЯЁ][\w-]*)(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[яю]|округа))*)", text[place.end :])
        tail = text[place.end + (rest.end() if rest else 0) :]
        more = re.match(r"\s+((?:среди|в|во)\s+[^,.;:()«»]+)", tail)
        said = ["среди", *plural, *([rest.group(1)] if rest else []), *([more.group(1).strip()] if more else [])]
        return " ".join(said) if len(plural) == len(words) else None
    after = _AMONG.match(text[place.end :])
    if after and not re.match(r"в\s+(?:ней|нем|нём|них)\b", after["among"]):
        return after["among"].strip()
    group = _IN_GROUP.search(text[: place.start])  # «входит в первую десятку покупателей … и занимает в ней …»
    if group and re.search(r"\bв\s+(?:ней|нем|нём|них)\b", text[group.end() : place.end + 12]):
        return f"среди {group['of'].strip()}"
    before = _AMONG_BEFORE.search(text[: place.start])
    if before is None:
        return None
    # «Среди всех субъектов Российской Федерации Смоленская область занимает…»: the
    # subject in the nominative ends the «среди» phrase.
    words = (before["among"] + " " + before["subject"]).split()
    while len(words) > 2 and is_nominative(words[-1]):
        words.pop()
    among = " ".join(words)
    return among[:1].lower() + among[1:]


def _genitive_plural(word: str) -> str | None:
    return inflect_word(word, {"gent", "plur"})


def _holder(before: str) -> str:
    """Who holds the place: Belarus is `ours`, anyone else named before it the partner."""
    clause = re.split(r"[.;:,]", before)[-1]
    return "ours" if re.search(r"Беларус|Белорус", clause) else "partner"
