"""A saved press release (.txt, .html, .docx) → its plain text, with the date and address
its header gives, or an `InputError` saying why it cannot be drafted from.

Text files may be UTF-8 (with or without BOM) or Windows-1251, as Russian sites and Word
save them; HTML loses its markup, scripts and styles (the standard library's parser);
DOCX gives its paragraphs (python-docx). A header of `#` lines («# source: ADDRESS ·
YYYY-MM-DD») or a leading «date YYYY-MM-DD» supplies the release date and address.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from memogen.errors import InputError

MAX_BYTES = 2 * 1024 * 1024  # a release is a few pages; 2 MB of text is no release
SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class Release:
    text: str
    date: dt.date | None
    url: str | None
    publisher: str | None


def read_release(path: Path) -> Release:
    """The release at `path` as text, or an `InputError` naming the file and the fix."""
    path = Path(path)
    data = _bytes(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text = _docx(path)
    else:
        text = _decode(path, data)
        if suffix in (".html", ".htm") or re.match(r"\s*<(?:!doctype|html)", text, re.I):
            text = _html(text)
    return _with_header(path, text)


def _bytes(path: Path) -> bytes:
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            f"{path}: cannot draft from a {path.suffix or 'suffix-less'} file",
            hint=f"save the release as one of: {', '.join(SUFFIXES)}",
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path} is {size // 1024} KB: too large for a press release (limit {MAX_BYTES // 1024} KB)",
                hint="save only the release's own text",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"file not found: {path}", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a release", hint="name the release's file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(f"{path} is not text (it holds binary data)", hint="save the release as .txt, .html or .docx")
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path} is neither UTF-8 nor Windows-1251 text", hint="save the release as UTF-8")


class _TextOf(HTMLParser):
    """The visible text of a page: block elements end lines; script and style are dropped."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template") and self._skip:
            self._skip -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skip:  # a line break in a page's source is a space, as a browser shows it
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def _html(text: str) -> str:
    parser = _TextOf()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in joined.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _docx(path: Path) -> str:
    import zipfile

    import docx

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(
            f"{path} is not a Word document that can be read ({exc})", hint="save it again as .docx"
        ) from None
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


_HEADER_DATE = re.compile(r"(\d{4}-\d\d-\d\d)")
_LEADING_DATE = re.compile(r"^\s*date\s+(\d{4}-\d\d-\d\d)\s*")
_URL = re.compile(r"https?://\S+")


def _with_header(path: Path, text: str) -> Release:
    """Split off the `#` header lines and read the release date and address from them."""
    lines = text.splitlines()
    header = []
    while lines and lines[0].startswith("#"):
        header.append(lines.pop(0))
    body = "\n".join(lines).strip()
    head = " ".join(header)
    date = _date(_HEADER_DATE.search(head))
    leading = _LEADING_DATE.match(body)
    if leading:
        date = date or _date(leading)
        body = body[leading.end() :]
    url = _URL.search(head)
    publisher = None
    said = re.match(r"#\s*source:\s*([^·(]+?)\s*(?:\(|·|$)", header[0]) if header else None
    if said and not said.group(1).startswith("http"):
        publisher = said.group(1).strip()
    return Release(body, date, url.group().rstrip(".,)") if url else None, publisher)


def _date(m: re.Match[str] | None) -> dt.date | None:
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None
