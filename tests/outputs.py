"""Built files as tests hold them, readable in a failure report.

A failing test's report shows its arguments and the values an assertion compares;
a memo's bytes there are a wall of escapes. `Blob` is bytes (it compares, reads and
writes as bytes) shown by size, digest and first bytes; `differences` says which files
of a folder changed and how: added, removed, or changed (sizes, the first differing
byte, and for a PDF the first line of text that differs).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from pathlib import Path


class Blob(bytes):
    """Bytes whose repr is short: `<41,230 bytes b'%PDF-1.4' sha256 1a2b3c4d5e6f>`."""

    def __repr__(self) -> str:
        return f"<{len(self):,} bytes {bytes(self[:8])!r} sha256 {hashlib.sha256(self).hexdigest()[:12]}>"


def blobs(files: Mapping[str, bytes]) -> dict[str, Blob]:
    return {name: Blob(data) for name, data in files.items()}


def snapshot(folder: Path) -> dict[str, Blob]:
    """Every file under `folder` (relative path → bytes; a folder is b"<dir>")."""
    if not folder.is_dir():
        return {}
    return {
        str(p.relative_to(folder)): Blob(p.read_bytes() if p.is_file() else b"<dir>")
        for p in sorted(folder.rglob("*"))
        if not p.is_symlink()
    }


def differences(before: Mapping[str, bytes], after: Mapping[str, bytes]) -> list[str]:
    """One readable line per file that is not the same in `after` as in `before`."""
    lines = [f"{name}: removed ({len(before[name]):,} bytes)" for name in sorted(before.keys() - after.keys())]
    lines += [f"{name}: added ({len(after[name]):,} bytes)" for name in sorted(after.keys() - before.keys())]
    for name in sorted(before.keys() & after.keys()):
        if before[name] != after[name]:
            lines.append(f"{name}: {changed(before[name], after[name], name)}")
    return lines


def changed(old: bytes, new: bytes, name: str = "") -> str:
    """How `new` differs from `old`, in words."""
    at = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    text = f"{len(old):,} -> {len(new):,} bytes, first difference at byte {at:,} ({bytes(old[at:at + 12])!r} -> " \
           f"{bytes(new[at:at + 12])!r})"
    if name.endswith(".pdf"):
        text += _pdf_text_difference(old, new)
    return text


def _pdf_text_difference(old: bytes, new: bytes) -> str:
    import pypdf

    try:
        texts = ["\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages).splitlines()
                 for data in (old, new)]
    except Exception as exc:  # a file too broken to read: say so, the bytes above tell the rest
        return f"; its text cannot be read ({type(exc).__name__})"
    for number, (a, b) in enumerate(zip(*texts), start=1):
        if a != b:
            return f"; text line {number}: {a!r} -> {b!r}"
    if len(texts[0]) != len(texts[1]):
        return f"; text {len(texts[0])} -> {len(texts[1])} lines"
    return "; same text"
