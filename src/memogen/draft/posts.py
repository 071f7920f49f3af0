"""A drafted official's post written as an official document writes it: a contracted
body in full («Председатель Минского горисполкома» → «… Минского городского
исполнительного комитета»), an abbreviation abbreviations.py knows («Посол … в КНР» →
«… в Китайской Народной Республике») or one the release spells out itself («председатель
правления ЕАБР» after «Евразийский банк развития» → «… Евразийского банка развития»),
each in the case it stands in. An ambassador's «Посол» gets the full title only when
the release gives it («Чрезвычайный и Полномочный Посол …» of the same state); else the
post is marked for the analyst to check. No I/O.
"""

from __future__ import annotations

import re
from functools import cache

from memogen import abbreviations, inflect
from memogen.draft.model import Item
from memogen.draft.words import nominative_head

# A word of a post: letters, hyphens inside («Торгово-промышленной»)
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*")
# Words an abbreviation gives no letter for («Организация по безопасности и сотрудничеству в Европе»)
_SKIPPED = frozenset({"и", "по", "в", "во", "на", "для", "с", "со", "о", "об", "при"})


def write_in_full(officials: list[Item], sentences: list[str], partner=None) -> None:
    """Each official's post with its abbreviations and contracted bodies written in full,
    a bare body completed as the release names it elsewhere, and an ambassador's title as
    the release gives it, each change marked for checking. A partner region's government
    is the one «регионального правительства» names (`partner`: parties.Partner)."""
    for item in officials:
        position = item.data["position"]
        full = _minister(_partner_initials(in_full(position, sentences), partner))
        if full != position:
            item.data["position"] = full
            item.doubt("check", f"the release writes the post «{position}»: its abbreviations written in full")
        titled = _head_of_government(full)
        if titled != full:
            item.data["position"] = titled
            item.doubt("check", f"the release writes «{position}»: a head of government by the title his state gives")
        whole = _whole_region(item.data["position"])
        if whole != item.data["position"]:
            item.data["position"] = whole
            item.doubt("check", "a region named by the first part of its name: the whole name the Constitution gives")
        _named_body(item, sentences, partner)
        _named_ministry(item, sentences)
        _ambassador(item, sentences)


def _partner_initials(position: str, partner) -> str:
    """The partner's initials in a post written as its name, in the case they stand in
    («министр промышленности РТ» → «… Республики Татарстан», «Посол … в РК» → «… в Республике
    Казахстан»): the initials of its name of several capitalised words, which the release
    knows it by; never «РБ», which is Belarus."""
    if partner is None:
        return position
    words = [w for w in re.split(r"[\s-]+", partner.name) if w[:1].isupper()]
    initials = "".join(w[0] for w in words) if len(words) > 1 else ""
    if len(initials) < 2 or initials == "РБ":
        return position

    def named(m: re.Match[str]) -> str:
        case = _case_at(position[: m.start()])
        return partner.name if case == "nominative" else inflect.inflect_phrase(partner.name, case) or m.group()

    return re.sub(rf"(?<![\w-]){initials}(?![\w-])", named, position)


def _minister(position: str) -> str:
    """The head of a ministry by the post's own name: «Глава Министерства иностранных дел
    …» → «Министр иностранных дел …», «заместитель главы Министерства экономики» →
    «заместитель министра экономики»."""
    return re.sub(
        r"(?:^|(?<=\s))([Гг])лав(а|ы)\s+Министерства\s",
        lambda m: ("М" if m[1] == "Г" else "м") + ("инистр " if m[2] == "а" else "инистра "),
        position,
    )


def _whole_region(position: str) -> str:
    """A region the post names by the first part of its two-part name, by the whole name the
    Constitution gives it: «губернатор Кемеровской области» → «губернатор Кемеровской
    области — Кузбасса»; a name given whole stays."""
    for first, whole in abbreviations.TWO_PART_REGIONS.items():
        at = position.find(first)
        if at >= 0 and not position[at + len(first) :].lstrip().startswith(("—", "–", "-")):
            return position[:at] + whole + position[at + len(first) :]
    return position


# A head of government and his deputies as the press names them: «премьер», «вице-премьер»
_PREMIER = re.compile(
    r"(?P<first>[Пп]ерв\w+\s+)?(?:(?P<deputy>[Вв]ице-премьер\w*|[Зз]аместитель\s+[Пп]ремьер-министра)|"
    r"[Пп]ремьер(?:-министр)?)\s+(?P<state>[А-ЯЁ].*)"
)


def _head_of_government(position: str) -> str:
    """A head of government, and his deputies, by the title their state gives them:
    «премьер Беларуси» → «Премьер-министр Республики Беларусь», «вице-премьер» →
    «Заместитель Премьер-министра …»; Russia's by Russia's titles, «премьер России» →
    «Председатель Правительства Российской Федерации», «вице-премьер России» →
    «Заместитель Председателя Правительства …» (Russia's government has no Премьер-министр)."""
    m = _PREMIER.fullmatch(position)
    if m is None:
        return position
    deputy = ("Первый заместитель " if m["first"] else "Заместитель ") if m["deputy"] else ""
    if m["state"] == "Российской Федерации":
        head = "Председателя Правительства" if deputy else "Председатель Правительства"
    else:
        head = "Премьер-министра" if deputy else "Премьер-министр"
    return f"{deputy}{head} {m['state']}"


# A body a post ends with, named with no words of its own: «Руководитель департамента»
_BARE_BODY = re.compile(r"\s(?P<noun>департамент|управлени|комитет|агентств|ведомств|отдел|служб)[а-яё]*$", re.I)
# A region's government named by an adjective: «регионального правительства»
_OWN_GOVERNMENT = re.compile(r"(?:регионального|областного|краевого)\s+правительства$")


def _named_body(item: Item, sentences: list[str], partner) -> None:
    """A post ending with a bare body («Руководитель департамента») completed with the
    words the release names the one body of that kind with elsewhere («в департаменте
    внешних связей регионального правительства»), marked to check (its side is read from
    the same words in parties.py, `_body_named_before`)."""
    position = item.data["position"]
    m = _BARE_BODY.search(position)
    before = position[: m.start()].split()[-1:] if m else []
    if m is None or not before or inflect.pos(before[0]) in ("ADJF", "PRTF"):
        return  # «… исполнительного комитета»: a body its adjective names already
    complements = {c for s in sentences for c in _complements(s, m["noun"])}
    if len(complements) != 1:
        return
    complement = complements.pop()
    government = _OWN_GOVERNMENT.search(complement)
    region = partner.name if partner is not None and partner.kind == "region" else None
    genitive = inflect.inflect_phrase(region, "genitive") if region and government else None
    if government and genitive:
        complement = f"{complement[: government.start()]}Правительства {genitive}"
    item.data["position"] = f"{position} {complement}"
    item.doubt("check", "a body named without its own words: completed as the release names it elsewhere")


def _complements(sentence: str, noun: str) -> list[str]:
    """The words in the genitive after each body of the kind `noun` in `sentence`, «и»
    between two of them too: «департаменте внешних связей регионального правительства» →
    «внешних связей регионального правительства», «Министерстве сельского хозяйства и
    продовольствия» → «сельского хозяйства и продовольствия»."""
    out = []
    for m in re.finditer(rf"(?<![\w-]){noun}[а-яё]*", sentence, re.I):
        found = re.findall(r"[А-Яа-яЁё-]+|[^\sА-Яа-яЁё-]+", sentence[m.end() : m.end() + 200])
        words: list[str] = []
        for k, word in enumerate(found):
            joins = word == "и" and bool(words) and k + 1 < len(found) and _genitive_word(found[k + 1])
            if not (joins or _genitive_word(word)):
                break
            words.append(word)
        if words:
            out.append(" ".join(words))
    return out


def _genitive_word(word: str) -> bool:
    """A noun, adjective or participle the dictionary may read in the genitive."""
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") and "Fixd" not in p.tag
               for p in inflect.parses(word))


# A minister's post naming no ministry: «Министр», «заместитель министра», «первый заместитель министра»
_BARE_MINISTER = re.compile(r"(?:(?:перв\w+\s+)?заместитель\s+министра|министр)", re.I)


def _named_ministry(item: Item, sentences: list[str]) -> None:
    """A minister's post naming no ministry («заместитель министра») completed with the
    one ministry the release names, by its words or its contracted name («в Министерстве
    сельского хозяйства и продовольствия Беларуси», «Минсельхозпрод сообщил»): «заместитель
    министра сельского хозяйства и продовольствия Республики Беларусь», marked to check."""
    position = item.data["position"]
    if not _BARE_MINISTER.fullmatch(position):
        return
    named = {c for s in sentences for c in _complements(s, "министерств")}
    for s in sentences:
        for word in _WORD.findall(s):
            body = abbreviations.contracted(word)
            genitive = inflect.inflect_phrase(body[0], "genitive") if body is not None else None
            if body is not None and body[0].startswith("Министерство ") and genitive:
                named.add(genitive.split(" ", 1)[1])
    if len(named) != 1:
        return
    from memogen.draft.parties import official_states

    item.data["position"] = official_states(f"{position} {named.pop()}")
    item.doubt("check", "a minister named without his ministry: the one ministry the release names")


# A state's office a post names with no state: a head of government, his deputy or aide, a
# minister named by his ministry's field, a state committee's head, a post in a ministry named by its field
_STATE_OFFICE = re.compile(
    r"(?:(?:[Пп]ерв\w+\s+)?(?:[Зз]аместитель|[Пп]омощник|[Сс]оветник)\s+)?"
    r"(?:[Пп]ремьер-министра?|[Вв]ице-премьер|[Мм]инистра?(?:\s+[а-яё]+,?)+|[Пп]редседател[ья]\s+[Пп]равительства|"
    r"[Пп]редседател[ья]\s+[Гг]осударственного\s+(?:[а-яё-]+\s+)?комитета(?:\s+[а-яё]+,?)*)"
    r"|[А-ЯЁа-яё][а-яё-]*(?:\s+[а-яё-]+)*\s+Министерства(?:\s+[а-яё]+,?)+"
)


def sides_state(item: Item, partner) -> None:
    """A state's office named with no state («Премьер-министр», «заместитель министра
    иностранных дел», «начальник управления … Министерства иностранных дел») completed with
    the state of the official's side: ours → «Республики Беларусь», the partner's → the
    partner state's (or a republic of Russia's, which has a government of its own), marked
    to check; a third party's and a partner region without a government stay."""
    position, side = item.data["position"], item.data.get("side")
    if not _STATE_OFFICE.fullmatch(position):
        return
    state = "Республики Беларусь" if side == "ours" else None
    if side == "partner" and partner is not None and (partner.kind == "country" or _republic(partner.name)):
        state = inflect.inflect_phrase(partner.name, "genitive")
    if state is None:
        return
    item.data["position"] = _head_of_government(f"{position} {state}")
    whose = "ours" if side == "ours" else "the partner's"
    item.doubt("check", f"a state's office named with no state: {whose}, as the official's side")


def _republic(name: str) -> bool:
    """Whether a partner region is a republic with a government of its own («Республика
    Татарстан», «Чувашская Республика»)."""
    return "Республика" in name


def in_full(position: str, sentences: list[str]) -> str:
    """`position` with each abbreviation and contracted body it names written in full, in
    the case it stands in; one not known and not spelled out by the release stays. A
    company's name in quotes stays, unless it is an abbreviation the release spells out
    («директор ОАО «БКК»» after «Белорусской калийной компании» → «… ОАО «Белорусская
    калийная компания»»: a name in quotes is in the nominative)."""
    position = _QUOTED_ABBREVIATION.sub(lambda m: _quoted_in_full(m, sentences), position)
    # a quoted name stays, and so does a remark in brackets («Корпорации … (BADC)»)
    masked = re.sub(r"[«\"„][^«»\"“”„]*[»\"“”]|\([^()]*\)", lambda m: "_" * len(m.group()), position)
    out, at = [], 0
    for m in _WORD.finditer(masked):
        found = _full_name(m.group(), sentences)
        if found is None:
            continue
        full, case = found
        case = case or _case_at(position[: m.start()])
        form = full if case == "nominative" else inflect.inflect_phrase(full, case)
        if form is None:
            continue
        out += [position[at : m.start()], form[:1].upper() + form[1:] if m.start() == 0 else form]
        at = m.end()
    return "".join(out) + position[at:]


# A company's name in quotes that is one abbreviation: «БКК», "МТЗ"
_QUOTED_ABBREVIATION = re.compile(r"(?P<open>[«\"„])(?P<abbr>[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ])(?P<close>[»\"“”])")


def _quoted_in_full(m: re.Match[str], sentences: list[str]) -> str:
    """A quoted abbreviation as the name the release spells it out with, in the nominative."""
    full = spelled_out(tuple(sentences)).get(m["abbr"])
    return f"{m['open']}{full}{m['close']}" if full else m.group()


def _full_name(word: str, sentences: list[str]) -> tuple[str, str | None] | None:
    """(full name, the case the word's ending shows or None) of an abbreviation or a
    contracted body; None when the word is neither or its full name is not known."""
    body = abbreviations.contracted(word)
    if body is not None:
        return body
    if not abbreviations.is_abbreviation(word) or word in abbreviations.COMPANY_WORDS:
        return None
    full = abbreviations.expansion(word) or spelled_out(tuple(sentences)).get(word)
    return (full, None) if full else None


def _case_at(before: str) -> str:
    """The case a word that never declines stands in after `before`: the nominative
    opening a post, the prepositional after «в», «о», else a post's complement, the genitive."""
    words = before.split()
    if not words:
        return "nominative"
    return "prepositional" if words[-1].lower() in ("в", "во", "о", "об") else "genitive"


@cache
def spelled_out(sentences: tuple[str, ...]) -> dict[str, str]:
    """The abbreviations a release spells out in its own words, each with its full name in
    the nominative: «Евразийский банк развития» for «ЕАБР», written anywhere in the
    release, in any case («с Евразийским банком развития (ЕАБР)»). Of two different names
    that would spell it, the one made of its initials alone wins («Белорусская калийная
    компания» for «БКК», not «Белорусский калий»); one two such names spell is left out."""
    text = " ".join(sentences)
    found: dict[str, str] = {}
    for abbr in dict.fromkeys(re.findall(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ](?![\w-])", text)):
        if len(abbr) < 3 or not abbreviations.is_abbreviation(abbr) or abbreviations.expansion(abbr):
            continue
        spellings = _spelling(abbr, text)
        names = {nominative_head(name) for name in spellings}
        if len(names) > 1:
            names = {nominative_head(n) for n in spellings if len(_parts(_WORD.findall(n))) == len(abbr)}
        if len(names) == 1:
            found[abbr] = names.pop()
    return found


def _spelling(abbr: str, text: str) -> list[str]:
    """The longest run of words opening with a capital in `text` that `abbr` is made of,
    at each place one is («Всемирную организацию здравоохранения», not «Всемирную
    организацию» with the «з» of its second word)."""
    words = list(_WORD.finditer(text))
    out = []
    for k, first in enumerate(words):
        if not first.group()[:1].isupper() or first.group() == abbr:
            continue
        longest = None
        for end in range(k + 1, min(k + 8, len(words))):
            run = words[k : end + 1]
            if re.search(r"[^\w\s-]", text[first.start() : run[-1].end()]):
                break  # a run of words stops at punctuation
            if abbreviations.made_of(abbr.lower(), _parts([w.group() for w in run])):
                longest = text[first.start() : run[-1].end()]
        if longest:
            out.append(longest)
    return out


def _parts(words: list[str]) -> list[str]:
    """The words that give an abbreviation a letter: each part of a hyphenated word, none
    of the prepositions and «и» between («Торгово-промышленная палата» → three)."""
    return [part for w in words if w.lower() not in _SKIPPED for part in w.lower().split("-") if part]


# «Чрезвычайный и Полномочный Посол Республики Беларусь …»: the full title, with whose it is
_FULL_TITLE = re.compile(
    r"(?i:чрезвычайн\w+\s+и\s+полномочн\w+\s+(?:посол|посл[а-яё]+))\s+(?P<whose>(?:[А-ЯЁ][\w-]*\s*){1,3})"
)
_STATE_KINDS = ("республик", "королевств", "государств", "федераци", "султанат", "эмират")


def _ambassador(item: Item, sentences: list[str]) -> None:
    """«Посол …» as «Чрезвычайный и Полномочный Посол …» when the release gives that title
    to an ambassador of the same state; else the short title is marked to check."""
    position = item.data["position"]
    m = re.fullmatch(r"Посол(?:\s+(?P<whose>.*))?", position)
    if m is None:
        return
    state = _state_stem(m["whose"] or "")
    titled = [_state_stem(in_full(t["whose"], sentences)) for s in sentences for t in _FULL_TITLE.finditer(s)]
    if state and state in titled:
        item.data["position"] = f"Чрезвычайный и Полномочный {position}"
        item.doubt("check", "«Посол» completed with the full title the release gives this state's ambassador")
    else:
        item.doubt("check", "the release writes «Посол» only: an ambassador's full title is «Чрезвычайный "
                   "и Полномочный Посол», written when the release gives it")


def _state_stem(whose: str) -> str | None:
    """The first five letters of the state an ambassador's words name first, its kind
    aside («Республики Беларусь в …» → «белар»; «Беларуси» → «белар»)."""
    for word in re.findall(r"[А-ЯЁ][\w-]*", whose):
        if not word.lower().startswith(_STATE_KINDS):
            return word.lower()[:5]
    return None
