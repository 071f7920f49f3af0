"""Python's cycle collector paused while memogen loads, then kept off what it loaded.

Importing memogen's libraries (pydantic, reportlab, python-docx, …) creates about a
million objects that live as long as the process; the collector walks them again and
again as they pile up, which costs a one-shot `memogen build` a tenth of its time and
frees nothing. So `memogen.cli.main` pauses the collector; before the first memo is
built, what is loaded by then is frozen (`gc.freeze`: no collection walks it again) and
collecting resumes, cheap now, so that a batch or `memogen watch` stays flat in memory.
When `main` returns, all is as it was (what was frozen is collectable again).
"""

from __future__ import annotations

import gc

_paused = False
_frozen = False


def pause() -> None:
    """Stop collecting cycles, unless someone else already stopped it."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settle() -> None:
    """Once loaded: freeze what is there and collect again (if `pause` stopped it)."""
    global _paused, _frozen
    if _paused:
        gc.freeze()
        _frozen, _paused = True, False
        gc.enable()


def resume() -> None:
    """Collect as before `pause`."""
    global _paused, _frozen
    if _frozen:
        gc.unfreeze()
        _frozen = False
    if _paused:
        _paused = False
        gc.enable()
