"""The drafter's working records: an item in facts-file form with how sure the draft is.

`Item.data` is what goes into the facts file (the loader's format, field for field);
`mark` and `notes` become the review comment beside it. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from memogen.facts import model as facts_model

# A figure's period the release does not give (the facts model's `period: unstated`)
UNSTATED = "unstated"

MARKS = {
    "sure": "read straight from the text",
    "check": "read from the text with an assumption: see the note",
    "guess": "the draft's guess: confirm or delete",
}


@dataclass
class Item:
    data: dict
    mark: str = "sure"
    notes: list[str] = field(default_factory=list)
    sentence: int | None = None  # index of the sentence it was read from

    def doubt(self, mark: str, note: str) -> None:
        """Lower the mark to `mark` (never raise it) and say why."""
        order = list(MARKS)
        if order.index(mark) > order.index(self.mark):
            self.mark = mark
        self.notes.append(note)


@cache
def supports(model_name: str, field_name: str) -> bool:
    """Whether the facts model of this memogen has `field_name` on `model_name`, so the
    draft writes only what the loader accepts (the model grows: status, unit, …)."""
    model = getattr(facts_model, model_name, None)
    return model is not None and field_name in getattr(model, "model_fields", {})


@cache
def optional(model_name: str, field_name: str) -> bool:
    """Whether `field_name` of `model_name` may be left out (releases never say who is
    responsible for a proposal or by when; newer facts models let them be omitted)."""
    model = getattr(facts_model, model_name, None)
    field = getattr(model, "model_fields", {}).get(field_name)
    return field is not None and not field.is_required()


@cache
def accepts(model_name: str, data: tuple[tuple[str, object], ...]) -> bool:
    """Whether the facts model of this memogen accepts `data` for `model_name` (a value
    newer models allow: `Growth.versus: unstated`, indicator `count`)."""
    model = getattr(facts_model, model_name, None)
    if model is None:
        return False
    try:
        model.model_validate(dict(data))
    except Exception:  # any refusal means «not in this model»
        return False
    return True


def count_indicator() -> str:
    """`count` where the facts model has it, else the older labelled `other`."""
    probe = (("id", "c"), ("indicator", "count"), ("label", "x"), ("period", "2024"), ("value", 1), ("unit", "x"))
    return "count" if accepts("FigureFact", probe) else "other"

