"""Line breaks inside words for the PDF writer: reportlab, taught memogen's rules.

`layout` decides where an address (URL, e-mail, file name) may end a line. reportlab
breaks a word that does not fit through two module globals, `_hyGenPair` (a word of
one run) and `_hyGenFragsPair` (a word across runs, e.g. part bold); for an address
these are replaced by `layout.address_break`, and any other word goes on to
reportlab's own (Russian hyphenation, then the margin for an overlong word). This
module also mends reportlab's rejoining of a word it had broken (when it lays a
paragraph out again, e.g. after splitting it between pages): reportlab strips every
hyphen ending the first part, so «vstrechu-s-» + «poslom» came back as
«vstrechu-sposlom»; only a hyphen reportlab added itself may go. Importing the module
installs all three, and asks reportlab's URL pattern only about words that can
match it (see `_uri_split_pairs`).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as rl

from memogen import layout

# reportlab tries to break a word only when one of its hyphenation settings is on; a
# tiny `uriWasteReduce` is one that changes nothing else.
URL_WASTE = 1e-6
_FUZZ = 1e-8

_word_pair = rl._hyGenPair  # noqa: SLF001
_frags_pair = rl._hyGenFragsPair  # noqa: SLF001
_uri_pairs = rl._uri_split_pairs  # noqa: SLF001


def _word_break(hyphenator, s, ww, newWidth, maxWidth, fontName, fontSize, *rest):
    """reportlab's `_hyGenPair`: (added hyphen, its width, head width, tail width,
    head, tail) or None; an address breaks by `layout.address_break`."""
    word = s.decode("utf-8") if isinstance(s, bytes) else str(s)
    if not layout.breaks_as_address(word):
        return _word_pair(hyphenator, s, ww, newWidth, maxWidth, fontName, fontSize, *rest)
    room, line = maxWidth - (newWidth - ww) + _FUZZ, maxWidth + _FUZZ

    def width(i: int) -> float:
        return stringWidth(word[:i], fontName, fontSize)

    at = layout.address_break(word, room, line, width)
    head = width(at)
    return "", 0, head, ww - head, word[:at], word[at:]


def _uri_split_pairs(uri):
    """reportlab's `_uri_split_pairs` (where a URL may break, or None when `uri` is
    none), without its pattern when it cannot match: the pattern begins with a scheme
    and "://", which are not optional. So a memo without a URL never compiles it (see
    memogen.writers.pdf_patterns)."""
    text = uri.decode("utf-8") if isinstance(uri, bytes) else uri
    return _uri_pairs(uri) if "://" in text else None


def _split_frag_word(fw: list, index: tuple, at: int) -> tuple[list, list]:
    """A word of several runs ([width, (frag, text), …]) cut before character `at`."""
    if at == 0:
        return [0, (fw[1][0], "")], fw
    run, start = index[at]
    frag, text = fw[run]
    head = [*fw[1:run], *([(frag, text[: at - start])] if at > start else [])]
    tail = [*([(frag, text[at - start :])] if text[at - start :] else []), *fw[run + 1 :]]
    return rl._rebuildFragWord(head), rl._rebuildFragWord(tail)  # noqa: SLF001


def _frags_break(hyphenator, FW, newWidth, maxWidth, *rest):
    """reportlab's `_hyGenFragsPair`: (added hyphen, head word, tail word) or None."""
    rep = rl._fragWordSplitRep(FW)  # noqa: SLF001 - (text, index of each character)
    if not rep or not layout.breaks_as_address(rep[0]):
        return _frags_pair(hyphenator, FW, newWidth, maxWidth, *rest)
    word, index = rep
    room, line = maxWidth - (newWidth - FW[0]) + _FUZZ, maxWidth + _FUZZ
    at = layout.address_break(word, room, line, lambda i: _split_frag_word(FW, index, i)[0][0])
    head, tail = _split_frag_word(FW, index, at)
    return "", head, tail


def _join(head: str, tail: str) -> str:
    """Two parts of a broken word as one again. A soft-hyphenated part keeps
    reportlab's own rejoining, which drops the hyphen it showed at the break."""
    if isinstance(head, rl._SHYIndexedStr):  # noqa: SLF001
        return rl._shyUnsplit(head, tail)  # noqa: SLF001
    return head + tail


def rejoin_split_frag_words(parts: list) -> list:
    """reportlab's `_rejoinSplitFragWords`, joining parts without losing their hyphens:
    only a part reportlab hyphenated (`_SplitFragHY`) loses its last character."""
    out: list = [0]
    width = 0.0
    previous_style = None
    for part in parts:
        width += part[0]
        added_hyphen = isinstance(part, rl._SplitFragHY)  # noqa: SLF001
        for piece in part[1:]:
            style, text = piece
            if added_hyphen and piece is part[-1]:
                width -= stringWidth(text[-1], style.fontName, style.fontSize) + _FUZZ
                text = rl._shyUnsplit(text)  # noqa: SLF001 - strips the hyphen it added
            if previous_style is style:
                out[-1] = (style, _join(out[-1][1], text))
            else:
                out.append((style, text))
                previous_style = style
    out[0] = width
    return rl._reconstructSplitFrags(parts[-1])(out)  # noqa: SLF001


rl._hyGenPair = _word_break  # noqa: SLF001
rl._hyGenFragsPair = _frags_break  # noqa: SLF001
rl._rejoinSplitFragWords = rejoin_split_frag_words  # noqa: SLF001
rl._uri_split_pairs = _uri_split_pairs  # noqa: SLF001
