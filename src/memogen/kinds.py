"""Document kinds: the one table of the documents a facts file can become.

A kind names its theme template folder and the suffix its files take after the facts
file's stem: `vologda-2025.pdf` (memo), `vologda-2025-points.pdf`, `vologda-2025-letter.pdf`.
"""

from __future__ import annotations

from dataclasses import dataclass

from memogen.errors import InputError


@dataclass(frozen=True)
class Kind:
    name: str
    suffix: str  # after the facts file's stem, before the format's suffix
    folder: str  # where the theme keeps this kind's section templates
    what: str  # for help texts


KINDS: dict[str, Kind] = {
    "memo": Kind("memo", "", "sections", "the briefing memo («справка»)"),
    "points": Kind("points", "-points", "points", "talking points («Тезисы к беседе»)"),
    "letter": Kind("letter", "-letter", "letter", "the cover letter that sends the memo"),
}
MEMO = "memo"


def parse_kinds(value: str) -> list[str]:
    """The kinds a `--document` value names (`memo,points`, `all`), in table order;
    an unknown name is a user error listing the choices."""
    names = [v.strip() for v in value.split(",") if v.strip()]
    if value.strip() == "all":
        return list(KINDS)
    unknown = [n for n in names if n not in KINDS]
    if unknown or not names:
        raise InputError(
            f"unknown document {', '.join(unknown) or value!r}",
            hint=f"choose from {', '.join(KINDS)}, all (comma-separated)",
        )
    return [k for k in KINDS if k in names]
