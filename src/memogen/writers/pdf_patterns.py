"""reportlab imported without compiling, up front, two patterns a memo rarely needs.

At import, reportlab compiles a URL pattern that is case-insensitive over every
character from U+00A1 to U+FFFF (`reportlab.platypus.paragraph.uri_pat`) and one for
wrapping CJK text (`reportlab.lib.textsplit.rx`): about 30 ms, more than a tenth of
what a warm build spends importing. The second serves only `cjkwrap`, which memogen
never calls. The first is matched against every word reportlab tries to hyphenate,
yet it matches only a word holding "://" (its scheme part is not optional), so
`memogen.writers.pdf_breaks` asks it only about such words. Both patterns are
therefore compiled when first used instead: a memo without a URL compiles neither.

Importing this module imports reportlab's paragraph module that way, so it must come
before any other import of reportlab (`memogen.writers.pdf` imports it first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import Any

_compile = re.compile


class DeferredPattern:
    """A compiled pattern, compiled on first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return _compile(self.pattern, self.flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def _costly(pattern: object) -> bool:
    """A pattern over the whole Basic Multilingual Plane: compiling it takes milliseconds."""
    return isinstance(pattern, str) and "\uffff" in pattern


@contextmanager
def _deferring() -> Iterator[None]:
    """Within it, `re.compile` defers the costly patterns."""

    def compile_(pattern: Any, flags: int = 0) -> Any:
        return DeferredPattern(pattern, flags) if _costly(pattern) else _compile(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = _compile


with _deferring():
    import reportlab.platypus.paragraph  # noqa: F401
