"""A place in a ranking → the facts model's `rank`: «Беларусь занимает 16-е место среди
торговых партнёров Узбекистана», «Казахстан является вторым торговым партнёром
Беларуси», «входит в первую десятку покупателей … и занимает в ней восьмое место»: the
place, who holds it (ours or the partner), what it is among and by what measure. Places
listed after the first take its holder and what it is among («14-е место по
товарообороту … среди российских регионов, 8-е — по импорту и 19-е — по экспорту»;
«первое место по поставкам молока и третье — по поставкам сыров»). No I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from memogen.draft import clauses, indicators, shares
from memogen.draft import numbers as num
from memogen.draft.model import supports
from memogen.draft.words import inflect_word, is_nominative, nominative_phrase, parses

_END = r"(?=\s*(?:[,.;:()«»\"]|$)|\s(?:и|а)\s|\sсреди\s|\sпо\s|\sс\s+дол[еи]\w*\s)"
_AMONG = re.compile(rf"\s*(?P<among>(?:среди|из|во?)\s+[^,.;:()«»\"]+?){_END}", re.I)
_AMONG_BEFORE = re.compile(
    r"(?P<among>среди\s+[^,.;:]+?)\s+(?P<subject>(?:\S+\s+){1,3})(?:занима|занял|является|стал)", re.I
)
_MEASURE = re.compile(rf"\s*(?:[—–-]\s*)?(?P<measure>по\s+[^,.;:()«»\"]+?){_END}", re.I)
# «по величине», «по значимости» say how big, not by what
_NO_MEASURE = re.compile(r"по\s+(?:величине|значимости|размеру|важности|праву)$", re.I)
# A place listed after the first, its noun left out: «, 8-е — по импорту», «и третье по поставкам сыров»
_NEXT_PLACE = re.compile(
    r"\s*(?:,(?:\s+[иа])?|\s+[иа])\s+(?P<ord>\d{1,3}\s?-?\s?(?:е|ое|й|м|го)|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|"
    r"девят|десят)(?:ое|ье|ее|ым|ьим|ом|ем))(?=\s*[—–-]?\s*по\s)",
    re.I,
)


_COMPANY = re.compile(r"(?<![\w-])(?:ОАО|ООО|ЗАО|ПАО|СООО|ИООО|ОДО|ЧУП|РУП|СЗАО)(?![\w-])")
# «занимает третье место во внешнеторговом обороте края с долей 6,1 %»: the share of the place's whole
_WITH_SHARE = re.compile(rf"^[^;:]*?\bс\s+долей\s+(?:(?P<hedge>{num.HEDGE})\s+)?(?P<n>\d+(?:[,.]\d+)?)\s?%", re.I)


def share_beside(text: str, place_end: int, among: str) -> dict | None:
    """The share stated with a place, «с долей 6,1 %», of the whole the place is in («во
    внешнеторговом обороте Башкортостана» → «внешнеторгового оборота Башкортостана»);
    None when the clause states none or the place is not in a whole."""
    clause = text[place_end : clauses.end(text, place_end, clauses.CONTRAST)]
    m = _WITH_SHARE.match(clause)
    whole = re.match(r"во?\s+(.+)$", among)
    if m is None or whole is None or not indicators.names_trade(whole.group(1)):
        return None
    share: dict = {"percent": num.number(m["n"]), "whole": shares.to_genitive(whole.group(1))}
    if m["hedge"] and supports("Share", "qualifier"):
        share["qualifier"] = num.hedge_before(clause, m.start("n"))
    return share


def read(text: str) -> list[tuple[num.Place, dict]]:
    """Each place `text` states with what it is among, as the facts model's `rank`."""
    out = []
    for place in num.places(text):
        among = _among(text, place)
        if among is None:
            continue
        superlative = num.SUPERLATIVE_PLACE.match(place.stated)
        if superlative and among.split()[-1] in {_genitive_plural(w) for w in place.stated.split()}:
            continue  # «остаётся главным партнёром»: whose partner is not said, so no ranking is
        if _COMPANY.search(text):
            continue  # «Крупнейшими экспортёрами области остаются ОАО «Нафтан» …»: companies, no side
        rank: dict = {"position": place.position, "among": among, "holder": _holder(text, place.start)}
        if superlative and _COMMON_WHOSE.search(among) and rank["holder"] != "ours":
            continue  # «основным партнёром региона остался Азербайджан»: a third state's place, not ours
        if superlative and supports("Rank", "words"):
            said = nominative_phrase(place.stated) or place.stated
            rank["words"] = said[:1].lower() + said[1:]  # «крупнейший торговый партнер»
        end = _measure(rank, text, place.end)
        after = _AMONG.match(text, end)
        if after is not None and "measure" not in rank:  # «среди поставщиков в Россию по поставкам молока»
            end = _measure(rank, text, after.end())
        out.append((place, rank))
        out += _listed_after(text, after.end() if after and end < after.end() else end, rank)
    return out


# «входит в число трёх крупнейших торговых партнёров», «входит в пятёрку ведущих поставщиков»
_TOP = re.compile(
    r"\bв(?:о)?\s+(?:число\s+(?P<n>[\w-]+)|(?:перв\w+\s+)?(?P<group>тройк|четв[её]рк|пят[её]рк|шест[её]рк|сем[её]рк|"
    r"восьм[её]рк|девятк|десятк|двадцатк)\w*)\s+"
    r"(?:(?:крупнейш|ведущ|основн|главн)\w*\s+)?(?P<whom>по\s+[^.;:()«»\"]+?(?=\s*[.;:()«»\"]|$)|"
    r"[^,.;:()«»\"]+?(?=\s*(?:[,.;:()«»\"]|$)|\s(?:и|а)\s))",
    re.I,
)
# a collective numeral's stem («четвёрку», «четверку») → its number
_GROUPS = {"тройк": 3, "четвёрк": 4, "четверк": 4, "пятёрк": 5, "пятерк": 5, "шестёрк": 6, "шестерк": 6,
           "семёрк": 7, "семерк": 7, "восьмёрк": 8, "восьмерк": 8, "девятк": 9, "десятк": 10, "двадцатк": 20}


def tops(text: str) -> list[tuple[int, dict]]:
    """«Китай входит в число трёх крупнейших торговых партнёров Беларуси»: a place within
    the first N (`top`), its exact place unstated; none when the sentence gives the place
    in the group («…, где занимает седьмое место»)."""
    out = []
    for m in _TOP.finditer(text):
        n = _GROUPS.get(m["group"].lower()) if m["group"] else _count_word(m["n"])
        if not n or _IN_IT.search(text[m.end() : m.end() + 40]):
            continue
        measured = _MEASURED_FIRST.match(m["whom"])
        if measured:  # «В первую четвёрку по объёму экспорта входят Москва и …»: the holders follow the verb
            rank = {"top": n, "among": "среди партнёров (уточнить)", "measure": measured["by"],
                    "holder": measured["who"].strip()}
            out.append((m.start(), rank))
            continue
        # «трёх крупнейших торговых партнёров Беларуси»: the words are a genitive plural already
        among = "среди " + _before_verb(m["whom"].strip())
        out.append((m.start(), {"top": n, "among": among, "holder": _holder(text, m.start())}))
    return out


# «по объёму экспорта входят Московская область …»: a measure first, then the verb and who holds the places
_MEASURED_FIRST = re.compile(r"(?P<by>по\s+(?:[а-яё]+\s+){0,3}?[а-яё]+)\s+(?:входя?т|вошл[аои]?)\s+(?P<who>.+)", re.I)


# «Из всех российских регионов именно Подмосковье торгует с Беларусью больше всего», «среди
# стран СНГ больше всех покупает Казахстан»: a first place said by a superlative adverb
_MOST = re.compile(r"(?<![\w-])(?:больше|активнее|интенсивнее)\s+(?:всего|всех)(?![\w-])|(?<![\w-])лидиру\w+", re.I)
_OF_ALL = re.compile(r"(?<![\w-])(?:[Ии]з|[Сс]реди)\s+(?:всех\s+)?")


# «Лидирует Россия и в импорте», «Китай лидирует по поставкам»: a first place in a flow
_LEADS_IN = re.compile(
    r"(?:(?P<before>[А-ЯЁ][а-яё]+)\s+)?(?i:лидиру\w+)\s+(?:(?P<after>[А-ЯЁ][а-яё]+)\s+)?(?:(?i:и)\s+)?"
    rf"(?i:в|по)\s+(?P<flow>(?i:{indicators.TRADE_WORD}))"
)
# who a leader in a flow is among: the suppliers of what is imported, the buyers of what is exported
_LED_AMONG = {"imports": "среди поставщиков", "exports": "среди покупателей"}


def leads_in(text: str) -> list[tuple[int, dict]]:
    """«Лидирует Россия и в импорте: свыше 87 % закупок …»: the first place of the state
    named beside «лидирует» among the suppliers (imports), buyers (exports) or trading
    partners (turnover), with the flow as its measure."""
    out = []
    for m in _LEADS_IN.finditer(text):
        holder = next((w for w in (m["after"], m["before"]) if w and _nominative(w)), None)
        if holder is None:
            continue
        flow = m["flow"].lower()
        among = _LED_AMONG.get(indicators.indicator_of(flow) or "", "среди торговых партнёров")
        side = "ours" if re.match(r"Беларус|Белорус", holder) else "partner"
        rank = {"position": 1, "among": among, "holder": side, "measure": f"по {inflect_word(flow, {'datv'}) or flow}"}
        out.append((m.start(), rank))
    return out


def leaders(text: str) -> list[tuple[int, dict]]:
    """«Из всех российских регионов именно Подмосковье торгует с Беларусью больше всего»:
    the first place among «всех …», said by «больше всего», «больше всех», «лидирует»."""
    most = _MOST.search(text)
    group = _OF_ALL.search(text, 0, most.start()) if most else None
    if group is None:
        return leads_in(text)
    words: list[str] = []
    for m in re.finditer(r"[А-Яа-яЁё-]+|[,—–]", text[group.end() : most.start()]):  # type: ignore[union-attr]
        word = m.group()
        if word[:1].isupper() and not word.isupper() and (words and _nominative(word)):
            holder = "ours" if re.match(r"Беларус|Белорус", word) else "partner"
            return [(group.start(), {"position": 1, "among": f"среди {' '.join(words)}", "holder": holder})]
        if word in (",", "именно") and words:
            continue  # «Из всех регионов, именно Подмосковье …»
        if not _genitive(word, None if words else "plur"):
            break
        words.append(word)
    return []


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in parses(word))


def _genitive(word: str, number: str | None = None) -> bool:
    """A word in the genitive (of `number`), or an abbreviation («СНГ», «ЕАЭС»)."""
    if word.isupper():
        return number is None
    return any(p.tag.case == "gent" and number in (None, p.tag.number) for p in parses(word))


def _count_word(word: str) -> int | None:
    low = word.lower()
    value = num.number(low) if low[:1].isdigit() else num.word_number(low)
    return int(value) if value is not None and value == int(value) and value >= 2 else None


def _measure(rank: dict, text: str, at: int) -> int:
    """The measure stated at `at` («по товарообороту с Республикой Беларусь»): kept in
    `rank`; where it ends."""
    measure = _MEASURE.match(text, at)
    if measure is None:
        return at
    if not _NO_MEASURE.match(measure["measure"]):
        rank["measure"] = measure["measure"]
    return measure.end()


def _listed_after(text: str, at: int, rank: dict) -> list[tuple[num.Place, dict]]:
    """«14-е место по товарообороту …, 8-е — по импорту и 19-е — по экспорту»: each
    place listed after the first, with a measure of its own and the first's holder and
    group."""
    out = []
    while (m := _NEXT_PLACE.match(text, at)) is not None:
        (place,) = num.places(f"{m['ord']} место")[:1] or (None,)
        if place is None:
            break
        more = {k: v for k, v in rank.items() if k != "measure"} | {"position": place.position}
        at = _measure(more, text, m.end())
        out.append((replace(place, stated=m["ord"], start=m.start("ord"), end=m.end()), more))
    return out


_IN_GROUP = re.compile(
    r"\bв(?:о)?\s+(?:(?:перв|втор|трет)\w+\s+)?(?:десятк|пят[её]рк|тройк|двадцатк|тридцатк|сотн|числ|списк|рейтинг|групп)\w*"
    r"\s+(?P<of>[^,.;:]+?)(?=\s+(?:и|а)\s|\s*[,.;:]|$)",
    re.I,
)
# «входит в первую десятку покупателей … и занимает в ней восьмое место», «…, где занимает седьмое место»
_IN_IT = re.compile(r"\bв\s+(?:ней|нем|нём|них)\b|,\s*где\b", re.I)
_AMONG_AHEAD = re.compile(r"(?P<among>\bсреди\s+[^,.;:—–()«»]+?)\s*[—–]\s*$", re.I)
_TRADER = re.compile(indicators.TRADER_WORD, re.I)


def _among(text: str, place: num.Place) -> str | None:
    trader = _TRADER.search(place.stated)
    if trader:  # «второй после России покупатель белорусской молочной продукции»
        buyers = _genitive_plural(trader.group())
        whose = shares.genitive_run(text[place.end :])
        return " ".join(w for w in ("среди", buyers, whose) if w) if buyers else None
    if "партн" in place.stated.lower():  # «вторым торговым партнёром Беларуси»
        return _among_partners(text, place)
    after = _AMONG.match(text, place.end)
    if after is None:  # «14-е место по товарообороту с Республикой Беларусь среди российских регионов»
        later = _AMONG.match(text, _measure({}, text, place.end))
        after = later if later is not None and later["among"].lower().startswith("среди") else None
    if after and not re.match(r"в\s+(?:ней|нем|нём|них)\b", after["among"]):
        return _before_verb(after["among"].strip())
    group = _IN_GROUP.search(text[: place.start])  # «входит в первую десятку покупателей … и занимает в ней …»
    if group and _IN_IT.search(text[group.end() : place.end + 12]):
        return f"среди {group['of'].strip()}"
    ahead = _AMONG_AHEAD.search(text, 0, place.start)  # «а среди стран СНГ — второе место»
    if ahead is not None:
        return ahead["among"]
    before = _AMONG_BEFORE.search(text[: place.start])
    if before is None:
        return _among_them(text, place) or _among_elsewhere(text, place) or _among_share(text, place)
    # «Среди всех субъектов Российской Федерации Смоленская область занимает…»: the
    # subject in the nominative ends the «среди» phrase.
    words = (before["among"] + " " + before["subject"]).split()
    while len(words) > 2 and is_nominative(words[-1]):
        words.pop()
    among = " ".join(words)
    return among[:1].lower() + among[1:]


# «Среди стран, поставляющих товары в …, по итогам года мы были на 17-м месте»: the group the
# sentence opens with, a participle's clause after it included
_OPENING_AMONG = re.compile(
    r"^\s*(?P<among>[Сс]реди\s+[^,.;:—–()«»]+?(?:,\s+[а-яё]+(?:ющих|ящих|ущих|ащих|вших|емых|имых)\s+[^,.;:—–()«»]+)?),"
)
# «во внешнеторговом обороте Удмуртии Беларусь стоит на шестом месте»: a place in someone's trade
_IN_TRADE = re.compile(
    rf"(?P<among>\bв(?:о)?\s+(?:[а-яё]+\s+){{0,2}}?{indicators.TRADE_WORD}"
    r"(?:\s+[А-ЯЁ][\w-]*(?:\s+(?:област|кра|округ|республик)\w*)?)?)(?=\s)[^,.;:]*$",
    re.I,
)


def _among_elsewhere(text: str, place: num.Place) -> str | None:
    """What a place is among when the sentence says it away from the place: a «среди …»
    that opens the sentence, or a trade the place is held in, named before it («во
    внешнеторговом обороте области … на шестом месте»)."""
    opening = _OPENING_AMONG.match(text[: place.start])
    if opening is not None:
        among = opening["among"]
        return among[:1].lower() + among[1:]
    trade = _IN_TRADE.search(text[: place.start])
    return trade["among"] if trade is not None else None


# «На республику приходится 22 % товарооборота области — это третье место»: a place restating the share before it
_RESTATES_SHARE = re.compile(r"(?:[—–]|,)\s*это\s+$", re.I)


def _among_share(text: str, place: num.Place) -> str | None:
    """A place said right after a share as what that share amounts to («… 22 % товарооборота
    области со странами СНГ — это третье место»): a place in the share's whole («в структуре
    товарооборота области со странами СНГ»); None when no share of a named whole is before."""
    if not _RESTATES_SHARE.search(text, max(0, place.start - 12), place.start):
        return None
    rate = next((r for r in reversed(num.rates(text[: place.start])) if r.kind == "percent"), None)
    if rate is None or not shares.is_share(text, rate.start, rate.end):
        return None
    whole = shares.genitive_run(shares.after_percent(text, rate.end))
    return f"в структуре {whole}" if whole else None


# «… торгует с 89 странами, и Беларусь занимает среди них 14-е место»: «них» are the things named before
_AMONG_THEM = re.compile(r"\b(?:среди|из)\s+(?:них|которых)\s+(?:[^\s,.;:]+\s+){0,3}$", re.I)


def _among_them(text: str, place: num.Place) -> str | None:
    """«среди них» right before the place: among the plural noun the sentence named last
    before it («с 89 странами» → «среди стран»); None when no plural noun comes before."""
    them = _AMONG_THEM.search(text, 0, place.start)
    if them is None:
        return None
    for word in reversed(re.findall(r"[А-Яа-яЁё-]+", text[: them.start()])):
        found = parses(word)
        if found and found[0].tag.POS == "NOUN" and found[0].tag.number == "plur":
            plural = _genitive_plural(found[0].normal_form)
            return f"среди {plural}" if plural else None
    return None


# whose partners a common noun names: «торговый партнёр области»
_COMMON_WHOSE = re.compile(r"партн[её]ров\s+(?:област[иь]|кра[яю]|регион[аеу]|республики|страны)$")


def _among_partners(text: str, place: num.Place) -> str | None:
    """«вторым торговым партнёром Беларуси в СНГ», «третьим по величине торговым
    партнёром» → «среди торговых партнёров Беларуси в СНГ»."""
    words = re.sub(r"\bпо\s+\w+\s+", "", place.stated).split()[1:]
    plural = [w for w in (_genitive_plural(w) for w in words) if w]
    # whose partners: «Беларуси», «Нижегородской области»; then «среди стран СНГ», «в Азии»
    # … or a common noun of the partner's kind: «ведущий торговый партнёр области»
    rest = re.match(r"\s*((?:[А-ЯЁ][\w-]*|област[иь]|кра[яю]|регион[аеу]|республики|страны)"
                    r"(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[яю]|округа))*)", text[place.end :])
    tail = text[place.end + (rest.end() if rest else 0) :]
    more = re.match(r"\s+((?:среди|в|во)\s+[^,.;:()«»]+)", tail)
    where = [_before_verb(more.group(1).strip())] if more else []
    said = ["среди", *plural, *([rest.group(1)] if rest else []), *where]
    return " ".join(said) if len(plural) == len(words) else None


def _before_verb(among: str) -> str:
    """«среди поставщиков удобрений в Китай и входит в …»: the group ends before «и» and a verb."""
    words = among.split()
    for n, word in enumerate(words[:-1]):
        if word == "и" and any(p.tag.POS in ("VERB", "PRTS") for p in parses(words[n + 1])[:1]):
            return " ".join(words[:n])
    return among


def _genitive_plural(word: str) -> str | None:
    return inflect_word(word, {"gent", "plur"})


def _holder(text: str, at: int) -> str:
    """Who holds the place: Belarus is `ours`, anyone else named before it the partner.
    A clause that names no one («…, где занимает седьмое место») has the holder of the
    clause before it."""
    # «а среди стран СНГ — второе место»: what a place is among names no holder, nor does an aside
    # in brackets («шестое место (после Китая, Германии и Турции) и первое — среди стран СНГ»)
    pieces = clauses.HOLDER.split(re.sub(r"\bсреди\s+[^,.;:—–]+", "", re.sub(r"\([^()]*\)", "", text[:at])))
    clause = next((c for c in reversed(pieces) if _names_someone(c)), pieces[-1])
    return "ours" if re.search(r"Беларус|Белорус", clause) else "partner"


def _names_someone(clause: str) -> bool:
    """Whether a clause has a subject of its own: a name, or a noun in the nominative
    («и по этому показателю регион занял …»), not only «где занимает …»."""
    words = re.findall(r"[А-Яа-яЁё-]+", clause)
    return any(w[:1].isupper() or any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(w)[:1])
               for w in words)
