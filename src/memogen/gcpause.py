"""Python's cycle collector paused while memogen loads, then kept off what it loaded.

Importing memogen's libraries (pydantic, reportlab, python-docx, …) creates about a
million objects that live as long as the process; the collector walks them again and
again as they pile up, which costs a one-shot `memogen build` a tenth of its time and
frees nothing. So `memogen.cli.main` pauses the collector; before the first memo is
built, what is loaded by then is frozen (`gc.freeze`: no collection walks it again) and
collecting resumes, cheap now, so that a batch or `memogen watch` stays flat in memory.
When `main` returns, all is as it was (what was frozen is collectable again); the
`memogen` command, whose process ends right after, freezes everything once more
(`before_exit`), so that the interpreter's last collection at exit does not walk every
object again only to free them all: that walk was a sixth of a warm build's CPU time.
While memos are built, the young generation is collected after 10,000 new objects
rather than Python's 700: a build keeps its document and layout alive until it ends,
and a hundred small collections walking them again cost it ~10 ms, ten about half.
"""

from __future__ import annotations

import gc

_paused = False
_frozen = False
_YOUNG = 10_000  # new objects between two collections of the young generation, while building
_threshold: tuple[int, int, int] | None = None  # what it was before


def pause() -> None:
    """Stop collecting cycles, unless someone else already stopped it."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settle() -> None:
    """Once loaded: freeze what is there and collect again (if `pause` stopped it)."""
    global _paused, _frozen, _threshold
    if _paused:
        gc.freeze()
        _frozen, _paused = True, False
        _threshold = gc.get_threshold()
        gc.set_threshold(max(_YOUNG, _threshold[0]), *_threshold[1:])
        gc.enable()


def resume() -> None:
    """Collect as before `pause`."""
    global _paused, _frozen, _threshold
    if _frozen:
        gc.unfreeze()
        _frozen = False
    if _threshold is not None:
        gc.set_threshold(*_threshold)
        _threshold = None
    if _paused:
        _paused = False
        gc.enable()


def before_exit() -> None:
    """The process is about to end: keep its last collection off what is still alive
    (everything is freed at exit anyway). Only for a process that ends now: an
    in-process caller of `main` would never collect what is frozen."""
    gc.freeze()
