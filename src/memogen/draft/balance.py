"""A sentence stating a balance → its sign as the words give it: «отрицательное сальдо»,
«сальдо сложилось отрицательным — 550,5 млн», «дефицит», «профицит», «в пользу
белорусской стороны» (positive: ours), «в пользу российской стороны» (negative), «для
области положительное», «сальдо составило минус 200 млн», «сальдо торговли Азербайджана с Беларусью положительное» (the
partner's view: negative for us). The value of a balance is
signed from our side; releases write the number without its sign. No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, sides

# a sign word, or the number's own sign in words («сальдо составило минус 200 млн», «плюс 40 млн»)
_NEGATIVE = re.compile(r"\b(?:отрицательн\w*|дефицит\w*|пассивн\w*|минус\b)", re.I)
_POSITIVE = re.compile(r"\b(?:положительн\w*|профицит\w*|активн\w*|плюс\b)", re.I)
_BALANCE = re.compile(r"\b(?:сальдо|дефицит\w*|профицит\w*)", re.I)
_FAVOUR = re.compile(r"\bв\s+пользу\s+(\S+)(?:\s+(\S+))?", re.I)
# Belarus, its capital and its regions: «у Могилёвской области» speaks from our side
_OURS = re.compile(r"^(?:белорус|беларус|бел|наш|республик[иа]\s+беларусь|минск|отечествен|брест|витебск|гомел|гродн|"
                   r"могил[её]в)", re.I)
# «для области», «у края», «для российской стороны»: the words speak from the partner's side
_THEIR_VIEW = re.compile(r"\b(?:для|у)\s+(?:нас\b|(?!нас\b)(\w+))", re.I)


# «сальдо торговли», «сальдо во взаимной торговле»: the balance's word with the trade it is of
_NAMED = re.compile(r"\bсальдо(?:\s+(?:взаимной\s+|внешней\s+)?торговли|\s+во?\s+(?:взаимной\s+)?торговле)?", re.I)


def named(text: str) -> re.Match[str] | None:
    """Where a sentence names its balance, with the trade it is of («сальдо торговли»),
    so that what is traded and with whom may be read after it; None for «дефицит» alone."""
    return _NAMED.search(text)


def window(text: str, at: int, end: int) -> str:
    """The words stating the balance whose amount is at `at`..`end`: from the start of
    the clause naming the balance (the amount's own, when none is named before it) to
    the next comma after the amount."""
    named = [m.start() for m in _BALANCE.finditer(text, 0, at)]
    start = clauses.start(text, named[-1] if named else at, clauses.BALANCE)
    stop = re.compile(r"[,;.]").search(text, end)
    return text[start : stop.start() if stop else len(text)]


# words that say whose a balance is: «Беларуси», «для области», «нашей стороны», the partner's name
# («сальдо внешней торговли» is trade with every country, no side's with the other)
_WHOSE = re.compile(r"\b(?:(?:белорус|беларус|наш|сторон|республик|област|регион|внешн)\w*|для|у|кра[яюе])\b", re.I)


def sign(clause: str, stems: tuple[str, ...] = (), partner_side: bool = False) -> str | None:
    """`positive` or `negative` (from our side), as the clause's words give it; None
    when they do not. A sign word counts only beside the balance it describes; `stems`
    are the partner's (parties.Partner.stems), for its own balance. `partner_side`: the
    flows stated just before were the partner's («нижегородский экспорт в Беларусь …, а
    импорт …»), so a balance whose words name no side («Положительное сальдо — 600 млн»)
    is the partner's too, ours reversed."""
    if not _BALANCE.search(clause):
        return None
    favour = _FAVOUR.search(clause)
    if favour is not None:
        whose = " ".join(w for w in favour.groups() if w)
        return "positive" if _OURS.match(whose) else "negative"
    negative, positive = bool(_NEGATIVE.search(clause)), bool(_POSITIVE.search(clause))
    if negative == positive:
        return None
    said = "negative" if negative else "positive"
    view = _THEIR_VIEW.search(clause)
    theirs = view is not None and view.group(1) and not _OURS.match(view.group(1))
    # «сальдо торговли Азербайджана с Беларусью осталось положительным»: the partner's own
    if theirs or sides.partner_view(clause, lambda word: sides.names_partner(word, stems)):
        return "positive" if said == "negative" else "negative"  # the partner's balance is ours reversed
    if partner_side and not _WHOSE.search(clause) and not any(sides.names_partner(w, stems) for w in clause.split()):
        return "positive" if said == "negative" else "negative"
    return said
