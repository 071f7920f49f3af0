"""Drafted agreements → the same agreements with the two sides of the release written into
a title that names none, where the sentence says the document is between them: the sides
sign it («Беларусь и Оман подписали …», «стороны подпишут …», «Брянский губернатор … и
председатель Гомельского облисполкома подписали …»), the document is called bilateral or
intergovernmental («двусторонние соглашения»), or it is «между странами»; a document of the
sides' ties («программа сотрудничества») whose sentence names no party at all is theirs too.
A document whose sentence names no sides, or only one, or bodies of their own (ministries,
companies), is left as it is: nothing is invented. No I/O.
"""

from __future__ import annotations

import re
from collections import Counter

from memogen import inflect
from memogen.draft import sides
from memogen.draft.model import Item

# a title that names its sides already: «… между A и B», «… с Кубой», «… Беларуси и Омана»,
# «белорусско-иракской комиссии»
_HAS_SIDES = re.compile(r"(?<![\w-])(?:между|с|со)\s|(?<![\w-])(?-i:[А-ЯЁ][а-яё]+\s+и\s+[А-ЯЁ])|белорусско-", re.I)
# documents between states or regions; contracts, minutes of a meeting and counted documents are the signers' own
_BETWEEN_KINDS = re.compile(
    r"^[«\"]?(?:[а-яё]+\s+){0,2}[«\"]?"
    r"(?:соглашени|договор|меморандум|дорожн|план|программ|пакет|документ|декларац|заявлени|протокол\s+(?:о|об)\s)",
    re.I,
)
# the two sides told as such: «стороны подписали», «межправительственное соглашение», «между странами»
_BOTH = re.compile(
    r"(?<![\w-])(?:(?-i:С)тороны|(?:обе|две|оба|два|обеих|обоих|двух)\s+"
    r"(?:стороны|страны|сторон|стран|област(?:и|ей)|регион(?:а|ов)|город(?:а|ов)|столиц(?:ы)?)|"
    r"между\s+(?:двумя\s+)?(?:странами|сторонами|правительствами|государствами))(?![\w-])"
    r"|(?:^|[,:;]\s+)(?:стороны|страны)\s+(?:\w+\s+){0,4}?(?:подпис|заключ|утверд|выполня|реализу)",
    re.I,
)
# what only states agree on, so between Belarus and a partner country: a trade or investment regime, taxes, visas
_STATES_ONLY = re.compile(
    r"(?<![\w-])(?:о|об)\s+(?:свободной\s+торговле|(?:взаимной\s+)?защите\s+(?:и\s+поощрении\s+)?инвестиций|"
    r"поощрении\s+и\s+(?:взаимной\s+)?защите\s+инвестиций|избежании\s+двойного\s+налогообложения|"
    r"безвизов\w+|отмене\s+виз\w*|реадмиссии|торговле\s+услугами)",
    re.I,
)
_BOTH_IN_TITLE = re.compile(r"(?<![\w-])(?:двусторонн|межправительственн)\w*", re.I)
# what names a side in a sentence: a proper name, or an adjective of place before a side's noun
_SIDE_HEAD = (
    r"(?:сторон|столиц|област|кра|республик|город|правительств|губернатор|облисполком|министр|президент|"
    r"премьер|глав)\w*"
)
_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_OUR_CAPITAL = re.compile(r"(?<![\w-])(?:Минск(?:а|у|ом|е)?|белорусск\w+\s+столиц\w*)(?![\w-])", re.I)


def name_sides(agreements: list[Item], sentences: list[str], ours: tuple[str, str] | None, partner) -> None:
    """Write « между OURS и PARTNER» into each agreement's title that names no sides, where
    its sentence says the document is between our side and the partner (see the module)."""
    if partner is None or not agreements:
        return
    names = (_our_name(ours), _partner_name(partner, sentences))
    forms = [inflect.inflect_phrase(n, "instrumental") for n in names]
    if not all(forms):
        return
    genitives = [inflect.inflect_phrase(n, "genitive") for n in names]
    for item in agreements:
        title = item.data["title"]
        text = sentences[item.sentence] if item.sentence is not None else ""
        if not _BETWEEN_KINDS.match(title) or not text:
            continue
        named = _both_states(title, ours, partner, [genitives, forms]) or _other_side(title, partner, genitives)
        if named is not None:
            item.data["title"] = named
            item.doubt("check", "the sides were written into the title from the sentence")
            continue
        if _HAS_SIDES.search(title):
            continue
        states_only = ours is None and partner.kind == "country" and _STATES_ONLY.search(title)
        if states_only or _between_sides(text, title, ours, partner):
            item.data["title"] = f"{title} между {forms[0]} и {forms[1]}"
            item.doubt("check", "the sides were written into the title from the sentence")
        elif _of_the_release(title, text, ours, partner):
            item.data["title"] = f"{title} между {forms[0]} и {forms[1]}"
            item.doubt("check", "a document of cooperation no one else signs: the release's sides were written in")


# «между министерствами иностранных дел двух стран», «ведомствами обеих стран»: the two states; «между двумя
# странами», «между нашими странами» (ours and the partner) likewise
_TWO_STATES = re.compile(r"(?<![\w-])(?:двух|обеих|обоих)\s+(?:стран|государств)(?![\w-])", re.I)
_BETWEEN_STATES = re.compile(r"(?<![\w-])(?:двумя|обеими|нашими)\s+(?:странами|государствами)(?![\w-])", re.I)


def _both_states(title: str, ours: tuple[str, str] | None, partner, names: list[list[str | None]]) -> str | None:
    """A title naming its sides as «двух стран» or «между двумя странами» with Belarus and a partner
    state as the release's sides, with the two states named (`names`: theirs in the genitive and in
    the instrumental): «… между министерствами иностранных дел Беларуси и Азербайджана», «… между
    Беларусью и Монголией»; None for any other title."""
    if ours is not None or partner.kind != "country" or not all(names[0] + names[1]):
        return None
    for pattern, (a, b) in ((_TWO_STATES, names[0]), (_BETWEEN_STATES, names[1])):
        if pattern.search(title):
            return pattern.sub(f"{a} и {b}", title, count=1)
    return None


# «Соглашение с Правительством Беларуси», «План мероприятий с Гродненским облисполкомом»: a document named
# with one side only, after «с»
_WITH_ONE = re.compile(r"^(?P<doc>[^,]+?)\s+(?P<with>со?)\s+(?P<side>[^,]+)$")
# the nouns of a side itself: a state, a region or a city, or the body that governs it
_SIDE_NOUNS = {
    "правительство", "облисполком", "горисполком", "исполком", "администрация", "область", "край", "республика",
    "провинция", "город", "округ", "штат", "губерния",
}


def _other_side(title: str, partner, genitives: list[str | None]) -> str | None:
    """A document named with one of the release's sides only («Соглашение с Правительством
    Беларуси») takes the other side in the genitive before «с» («Соглашение Липецкой области с
    Правительством Беларуси»); a side that is a ministry, a district or a firm, or a title naming a
    side before «с», is left as it is (None)."""
    m = _WITH_ONE.match(title)
    if m is None or not all(genitives) or re.search(r"\s[«\"„]?[А-ЯЁ]", m["doc"]) or not _a_side(m["side"]):
        return None
    if sides.names_belarus(m["side"]) or sides.our_mentions(m["side"]):
        other = genitives[1]
    elif sides.partner_named(m["side"], partner.stems):
        other = genitives[0]
    else:
        return None
    return f"{m['doc']} {other} {m['with']} {m['side']}"


def _a_side(said: str) -> bool:
    """Whether words after «с» name a side itself: their first noun is a state's, a region's or a
    city's, or its government's («Правительством Беларуси», «Гродненской областью», «Ираном»),
    an executive committee's in full too («Гомельским областным исполнительным комитетом»)."""
    if re.match(r"(?:[А-ЯЁа-яё]+\s+){1,2}исполнительн\w*\s+комитет", said):
        return True
    for word in _WORD.findall(said)[:4]:
        parse = inflect.parses(word)[0]
        if parse.tag.POS != "NOUN":
            continue
        return parse.normal_form in _SIDE_NOUNS or ("Geox" in parse.tag and word[:1].isupper())
    return False


def _between_sides(text: str, title: str, ours: tuple[str, str] | None, partner) -> bool:
    """Whether the sentence says the document is between our side and the partner: both
    named as sides before it (a partner state by its capital beside Minsk too: «Минск и
    Тегеран готовятся подписать …»), the sides told as such, or the title calls it bilateral."""
    head = title.lstrip('«"').split()[0].lower()[:6]
    at = text.lower().find(head)
    before = text[: at if at >= 0 else len(text)]
    if _BOTH_IN_TITLE.search(title) or _BOTH.search(text) or _sides_sign(before):
        return True
    if ours is None and partner.kind == "country" and _capitals(before):
        return True
    return _names_ours(before, ours) and _names_partner(before, partner.stems)


# «в ходе визита стороны подписали …»: the sides signing, a verb of signing within two words after them
_SIDES_SIGN = re.compile(r"(?<![\w-])стороны\s+(?:[а-яё]+\s+){0,2}?(?:подпис|заключ|утверд)\w*", re.I)


def _sides_sign(text: str) -> bool:
    """Whether «стороны» is who signs, wherever in the sentence («в ходе визита партнёров стороны
    подписали …»): not a side's genitive after an adjective or a subject («представители
    белорусской стороны подписали …», «делегация стороны …»)."""
    for m in _SIDES_SIGN.finditer(text):
        words = _WORD.findall(text[: m.start()])
        before = inflect.parses(words[-1])[0] if words else None
        if before is None or before.tag.POS not in ("ADJF", "PRTF", "NUMR") and before.tag.case != "nomn":
            return True
    return False


# «Минск и Тегеран», «Москва и Минск»: two capitals paired, the states they stand for
_CAPITALS = re.compile(
    r"(?<![\w-])(?:Минск(?:а|у|ом|е)?\s+и\s+(?P<a>[А-ЯЁ][\w-]+)|(?P<b>[А-ЯЁ][\w-]+)\s+и\s+Минск(?:а|у|ом|е)?)(?![\w-])"
)


def _capitals(text: str) -> bool:
    """Whether the sentence pairs Minsk with another state's capital as the two that act («Минск и
    Тегеран готовятся подписать …», «Минску и Ташкенту предстоит …»): a place the dictionary
    knows, not one of ours («Минск и Минская область»)."""
    for m in _CAPITALS.finditer(text):
        word = m["a"] or m["b"]
        if word.lower().startswith(sides.OUR_CITIES):
            continue
        if any("Geox" in p.tag for p in inflect.parses(word)):
            return True
    return False


def _names_ours(text: str, ours: tuple[str, str] | None) -> bool:
    """Our side named as a side: Belarus, its capital, our region by its adjective before a
    side's noun («председатель Гомельского облисполкома»)."""
    if sides.names_belarus(text) or _OUR_CAPITAL.search(text):
        return True
    if ours is None:
        return False
    stem = ours[0].split()[-1 if ours[1] == "city" else 0].lower()[:5]
    return any(w.lower().startswith(stem) and _names_a_side(text, m) for m in _WORD.finditer(text) for w in [m.group()])


def _names_partner(text: str, stems: tuple[str, ...]) -> bool:
    return any(sides.names_partner(m.group(), stems) and _names_a_side(text, m) for m in _WORD.finditer(text))


def _names_a_side(text: str, m: re.Match[str]) -> bool:
    """A proper name, or an adjective before a side's noun («Брянский губернатор», «иранского
    министра»); not one before a company's («белорусский МАЗ»)."""
    if re.match(rf"\s+{_SIDE_HEAD}", text[m.end() :], re.I):
        return True
    proper = m.group()[:1].isupper() and not re.match(r"\s+[А-ЯЁ«\"]", text[m.end() :])
    return proper and all(p.tag.POS != "ADJF" for p in inflect.parses(m.group())[:1])


def _our_name(ours: tuple[str, str] | None) -> str:
    """Our side by its short name: Belarus, or our region or city as drafted («город Минск» → «Минск»)."""
    return "Беларусь" if ours is None else ours[0].removeprefix("город ")


def _partner_name(partner, sentences: list[str]) -> str:
    """The partner by the short name the release uses most («Пакистан», «Оман», «Циндао»), a
    region by its name («Брянская область»), else by its full name."""
    if partner.kind == "region" and not partner.name.startswith("Республика"):
        return partner.name
    found: Counter[str] = Counter()
    for text in sentences:
        for m in re.finditer(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", text):
            if not sides.names_partner(m.group(), partner.stems):
                continue
            noun = next(
                (p for p in inflect.parses(m.group()) if {"Geox", "NOUN"} <= p.tag.grammemes), None
            )
            if noun is not None:
                found[inflect.restore(m.group(), noun.normal_form)] += 1
    return found.most_common(1)[0][0] if found else partner.name.removeprefix("город ")


# a document of the sides' ties themselves: cooperation, partnership, twinning, friendship
_TIES = re.compile(
    r"(?<![\w-])(?:сотрудничеств|взаимодействи|партн[её]рств|побратим|дружб|дружеск|дружествен)\w*", re.I
)
# the nouns of a party of its own in a sentence: a body, a firm, a school, a district, a city, deputies
_OTHER_PARTY = re.compile(
    r"(?<![\w-])(?:университет|институт|академи|колледж|школ|гимнази|лице[йяею]|вуз|компани|предприяти|завод|комбинат|"
    r"фабрик|объединени|концерн|холдинг|корпораци|банк|палат|министерств|ведомств|агентств|комитет|служб|район|"
    r"город|муниципал|депутат|совет|дум|парламент|собрани|союз|ассоциаци|фонд|центр|организаци|музе|театр|"
    r"библиотек|больниц|клиник|фирм|общество|партнер|партнёр|ООО|ОАО|ЗАО|АО|ПАО)\w*",
    re.I,
)


def _of_the_release(title: str, text: str, ours: tuple[str, str] | None, partner) -> bool:
    """Whether a document of the sides' ties («Дорожная карта дальнейшего сотрудничества», «программа
    сотрудничества», «соглашение о побратимстве») is between the release's two sides though its sentence
    does not say so: the sentence names no party of its own (no body, firm, school, district or city, no
    proper name but a person's or a side's), so no one but the sides can have signed it. A document of
    anything else («меморандум о туризме») may be anyone's: nothing is invented."""
    if not _TIES.search(title) or _OTHER_PARTY.search(text):
        return False
    for m in re.finditer(r"(?<![\w-])[А-ЯЁA-Z][\w-]*", text):
        word = m.group()
        found = inflect.parses(word)
        person = any({"Name"} <= p.tag.grammemes or {"Surn"} <= p.tag.grammemes or {"Patr"} <= p.tag.grammemes
                     for p in found[:2])
        side = sides.names_belarus(word) or sides.names_partner(word, partner.stems) or bool(sides.our_mentions(word))
        opening = m.start() == len(text) - len(text.lstrip()) and found and (  # «Сегодня», «Министр»: no name
            found[0].tag.POS not in ("NOUN", "ADJF") or "anim" in found[0].tag)
        if not (person or side or opening):
            return False
    return True
