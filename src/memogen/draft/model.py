"""The drafter's working records: an item in facts-file form with how sure the draft is.

`Item.data` is what goes into the facts file (the loader's format, field for field);
`mark` and `notes` become the review comment beside it. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
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

    def remark(self, note: str) -> None:
        """Say what the analyst has to add or bear in mind (what contracts are for, that
        services are never summed with goods) without lowering the mark: no default is
        taken, or the one taken held for at least 97 figures in 100 on the open sets and on
        the four newest sets alike (`bench_draft.py -v`: «note, …»)."""
        self.notes.append(note)


def items_by_measure(events: list[Item], documents: list[Item]) -> None:
    """Events, documents and proposals read from prose are the draft's `guess`; where what
    the draft read earns more on the open sets (`bench_draft.py -v`, each part by mark), the
    item is `check`: an event read with its date (right 82 times in 100 on the open sets and
    on heldout20–23 alike, against 74 without one) and a document named with the years it
    runs for (a plan or a programme «на 2024–2026 годы»: 35 of 35). Proposals stay `guess`
    (about one in two right)."""
    for item in events:
        if item.mark == "guess" and item.data.get("when"):
            item.mark = "check"
    for item in documents:
        if item.mark == "guess" and item.data.get("years"):
            item.mark = "check"


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


# what makes two drafted amounts one figure: the same indicator of the same trade, span and goods
_ONE_FIGURE = ("indicator", "period", "counterparty", "holder", "trade", "unit", "currency", "label", "status")


def _amount(data: dict) -> Decimal | None:
    if data.get("value") is None:
        return None
    scale = data.get("scale") or ("units" if data.get("unit") else "million")
    return Decimal(str(data["value"])) * facts_model.SCALE_FACTORS.get(scale, 1)


def _digits(data: dict) -> int:
    """How exactly an amount is written: 43 has two significant digits, 42.7 three."""
    return len(Decimal(str(data["value"])).normalize().as_tuple().digits)


def restatements(figures: list[Item]) -> None:
    """The drafter takes each amount a release states as a figure of its own. Two amounts
    of one figure (indicator, span, trade, goods and status alike) from two sentences and
    within 5 % of each other are most often one figure said twice, rounded in a lead
    («почти 43 миллиона») and exact in the text («42 миллиона 700 тысяч»): the rounder
    one is marked `check`, naming the other."""
    stated = [(item, amount, [str(item.data.get(k)) for k in _ONE_FIGURE]) for item in figures
              if item.sentence is not None and (amount := _amount(item.data)) is not None]
    for item, mine, key in stated:
        for other, theirs, their_key in stated:
            if other.sentence == item.sentence or mine == theirs or their_key != key:
                continue
            if abs(mine - theirs) > max(mine, theirs) / 20:
                continue
            if _digits(item.data) < _digits(other.data):
                exact = f"{other.data['value']} {other.data.get('scale') or 'million'}"
                item.doubt("check", f"another sentence gives this figure more exactly ({exact}): "
                                    "one figure stated twice, rounded here")
                break
