"""Plain text → text with Russian typography: «ёлочки», dashes and no-break spaces.

Applied to every text run of the memo, whoever wrote it (facts, templates), so that a
facts file typed with straight quotes and hyphens still gives a proper document. It is
idempotent: running it twice changes nothing more.
"""

from __future__ import annotations

import re

from memogen.document import Inline, Link, Text
from memogen.layout import find_urls

NBSP = "\u00a0"

# Short words that keep to the next word (docs/memo-style.md, "No line breaks").
_SHORT = r"(?:в|во|с|со|к|ко|о|об|у|и|а|на|по|от|до|за|из|не|ни|но|же)"
_SHORT_WORD = re.compile(rf"(?<![\w\-.])({_SHORT}) (?=\S)", re.IGNORECASE)
_UNITS = r"(?:млн|млрд|тыс\.|%|г\.|гг\.|год[а-я]*|л\.|экз\.|раза?|п\.\s?п\.|руб\.|долл\.)"
_NUMBER_UNIT = re.compile(rf"(\d) (?={_UNITS}(?![а-яё]))")
_NUMERO = re.compile(r"№\s*(?=\d)")
_INITIALS = re.compile(r"\b([А-ЯЁ]\.(?:[А-ЯЁ]\.)?) (?=[А-ЯЁ][а-яё])")
_YEAR_RANGE = re.compile(r"\b(1[89]\d\d|20\d\d)\s?[-–—]\s?(1[89]\d\d|20\d\d)\b")
_SPACED_DASH = re.compile(r" +([-–—]) +")


def _quotes(text: str) -> str:
    """Straight double quotes → «ёлочки», with „лапки“ for quotes inside quotes."""
    out: list[str] = []
    depth = 0
    for i, ch in enumerate(text):
        if ch != '"':
            out.append(ch)
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth = max(0, depth - 1)
            continue
        prev = text[i - 1] if i else " "
        opening = prev.isspace() or prev in "([{«„-–—/" or i == 0
        if opening:
            out.append("«" if depth == 0 else "„")
            depth += 1
        else:
            depth = max(0, depth - 1)
            out.append("»" if depth == 0 else "“")
    return "".join(out)


def _nested(text: str) -> str:
    """«ОАО «МАЗ»» → «ОАО „МАЗ“»: an inner pair of ёлочки becomes лапки."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "«":
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif ch == "»" and depth > 0:
            depth -= 1
            out.append("»" if depth == 0 else "“")
        else:
            out.append(ch)
    return "".join(out)


def typograph(text: str) -> str:
    """`text` set the Russian way; idempotent."""
    text = _nested(_quotes(text))
    text = _YEAR_RANGE.sub(lambda m: f"{m[1]}\u2013{m[2]}", text)
    text = _SPACED_DASH.sub(lambda m: NBSP + ("\u2013" if m[1] == "-" else m[1]) + " ", text)
    text = _NUMERO.sub(f"№{NBSP}", text)
    text = _INITIALS.sub(lambda m: f"{m[1]}{NBSP}", text)
    text = _NUMBER_UNIT.sub(lambda m: f"{m[1]}{NBSP}", text)
    text = _SHORT_WORD.sub(lambda m: f"{m[1]}{NBSP}", text)
    return text


def typeset(text: str) -> list[Inline]:
    """`text` as inline runs: each web address in it a `Link`, kept as written
    (typography would change its hyphens and quotes), the words around it set the
    Russian way."""
    out: list[Inline] = []
    pos = 0
    for start, end in find_urls(text):
        if start > pos:
            out.append(Text(typograph(text[pos:start])))
        url = text[start:end]
        out.append(Link(url if "://" in url else f"https://{url}", (Text(url),)))
        pos = end
    if pos < len(text):
        out.append(Text(typograph(text[pos:])))
    return out
