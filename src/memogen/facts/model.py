"""The facts schema: validated YAML data → a `Facts` model that the rest of memogen reads.

Every field is described here, and the JSON Schema editors use is exported from these
classes (`memogen schema`), so this module is the one definition of the format.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from memogen.facts.periods import PERIOD_HELP, Period


class Strict(BaseModel):
    # NaN and infinity are no figures: `.nan` in YAML is refused like any other typo.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False, allow_inf_nan=False)


class FactError(ValueError):
    """A check across the file that fails at one place: `loc` is that place's path,
    so the message can name its line."""

    def __init__(self, loc: tuple[str | int, ...], message: str):
        super().__init__(message)
        self.loc = loc


def _period(value: object) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"a period is text; {PERIOD_HELP}")
    return Period.parse(value)


PeriodField = Annotated[
    Period,
    BeforeValidator(_period),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "pattern": r"^\d{4}(-Q[1-4]|-H[12]|-\d{2}(\.\.(\d{4}-)?\d{2})?|-[Yy][Tt][Dd]|\.\.\d{4})?$",
            "description": "A period: 2024, 2025-Q1, 2025-H1, 2025-03, 2025-01..06, "
            "2025-YTD (since the start of the year), 2015..2025 (a span of years), 2009-01..2025-08 (months "
            "across years).",
        }
    ),
]

def _unstated(value: object) -> object:
    """`unstated`: the source gives no period («сегодня», «в ближайшей перспективе»)."""
    return None if value == "unstated" else value


_PERIOD_SCHEMA = {
    "type": ["string", "integer"],
    "pattern": r"^(\d{4}(-Q[1-4]|-H[12]|-\d{2}(\.\.(\d{4}-)?\d{2})?|-[Yy][Tt][Dd]|\.\.\d{4})?|unstated)$",
    "description": "A period: 2024, 2025-Q1, 2025-H1, 2025-03, 2025-01..06, 2025-YTD (since the start "
    "of the year), 2015..2025 (a span of years), 2009-01..2025-08 (months across years), or `unstated` when "
    "the source gives none.",
}
FigurePeriod = Annotated[PeriodField | None, BeforeValidator(_unstated), WithJsonSchema(_PERIOD_SCHEMA)]

NonEmpty = Annotated[str, Field(min_length=1)]
SourceRef = Annotated[str, Field(min_length=1, description="The id of an entry under `sources`.")]


class Sourced(Strict):
    """Anything taken from a source can name it and keep the sentence it came from."""

    source: SourceRef | None = Field(None, description="Id of the source in `sources`.")
    quote: str | None = Field(None, description="The sentence of the source this comes from.")


class Statement(Sourced):
    """A claim in words: what exists, what is proposed, a remark."""

    text: NonEmpty = Field(description="The claim, as it should read in the memo.")


def _statement(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


StatementField = Annotated[Statement, BeforeValidator(_statement, json_schema_input_type=Statement | str)]


# --- memo metadata -----------------------------------------------------------------


class Person(Strict):
    """A person, split so that initials can be composed («В.И.Каранкевич»)."""

    surname: NonEmpty
    given: NonEmpty = Field(description="First name, or its initial with a full stop.")
    patronymic: str | None = Field(None, description="Patronymic, or its initial.")


class Signatory(Person):
    position: list[NonEmpty] = Field(
        min_length=1, description="Job title, one list item per printed line."
    )


class Executor(Strict):
    """Who prepared the memo: printed small at the bottom of the last page."""

    name: NonEmpty = Field(description="Surname and initials, or the full name.")
    phone: NonEmpty


class Access(Strict):
    marking: NonEmpty = Field("Для служебного пользования")
    copy_number: int | None = Field(None, ge=1, description="«Экз. № N», when numbered.")


class MemoMeta(Strict):
    type: NonEmpty = Field(
        "СПРАВКА", description="Document type, printed in capitals; the theme's when omitted."
    )
    title: NonEmpty = Field(
        description="Title to the text, answering «о чём?», without a final full stop."
    )
    date: dt.date = Field(description="The memo's date (YYYY-MM-DD).")
    as_of: dt.date | None = Field(None, description="The date the figures hold for.")
    language: Literal["ru"] = "ru"
    occasion: str | None = Field(
        None,
        description="What the memo prepares for, in the dative after «к»: «встрече …».",
    )
    addressee: str | list[NonEmpty] | None = Field(
        None,
        description="Whom the cover letter goes to, in the dative, one item per printed line: "
        "[Заместителю Премьер-министра, Республики Беларусь, В.И.Каранкевичу].",
    )
    access: Access | None = None
    signatory: Signatory | None = Field(
        None, description="Who signs; the theme's default signatory when omitted."
    )
    executor: Executor | None = None
    attachments: list[NonEmpty] = Field(
        default_factory=list, description="Attachment descriptions, e.g. «на 2 л. в 1 экз.»."
    )
    theme: str | None = Field(None, description="Theme under templates/ to build with.")

    @field_validator("title")
    @classmethod
    def _no_final_stop(cls, title: str) -> str:
        if title.rstrip().endswith("."):
            raise ValueError("a title to the text takes no final full stop; remove it")
        return title


# --- parties --------------------------------------------------------------------------


class Cases(Strict):
    """Russian case forms of a name, for sentences («с Вологодской областью»)."""

    genitive: str | None = None
    accusative: str | None = None
    dative: str | None = None
    instrumental: str | None = None
    prepositional: str | None = None


class Party(Strict):
    name: NonEmpty = Field(description="Name in the nominative case.")
    kind: Literal["country", "region", "city", "organisation", "group"] = Field(
        "country",
        description="`group`: a group of states («страны ЕАЭС», «государства — члены СНГ», «страны Африки»).",
    )
    country: str | None = Field(None, description="For a region or city: its country.")
    cases: Cases = Cases()


class Holder(Party):
    """A Belarusian region, district or city whose own figure this is, when the release
    gives one of another than our side: «экспорт Витебской области в Россию» in a release
    about Belarus, «из них около 120 млн пришлось на Могилевскую область»."""

    kind: Literal["region", "city", "organisation"] = Field(
        "region", description="`region` (a region or district, the default), `city` or `organisation`."
    )


class Participant(Person):
    """A person a theme may name in a sentence: `cases` holds the whole name in other
    cases («Георгием Юрьевичем Филимоновым»), written when memogen cannot derive it."""

    cases: Cases = Cases()


class Official(Sourced):
    person: Participant
    position: NonEmpty
    side: Literal["ours", "partner", "third"] = Field(
        description="Whose official: `ours`, the `partner`'s, or `third` — an official of neither side alone "
        "(the Union State's, an international organisation's, a third state's)."
    )
    role: Literal["participant", "quoted"] = Field(
        "participant",
        description="`participant` of the meeting, or `quoted`: a statement the release reports "
        "(not printed under «Участники встречи»).",
    )


class Parties(Strict):
    ours: Party
    partner: Party
    officials: list[Official] = Field(default_factory=list)


# --- figures --------------------------------------------------------------------------

# What a Belarusian region's own figure (`holder`) may be: a trade flow, a product's trade, a count.
HOLDABLE = ("turnover", "exports", "imports", "balance", "product", "count")

IndicatorName = Literal["turnover", "exports", "imports", "balance", "product", "count", "other", "contracts",
                        "investment"]
Indicator = IndicatorName  # the names of `memogen.indicators.INDICATORS`; a test keeps them equal
Scale = Literal["units", "thousand", "million", "billion", "trillion"]
Hedge = Literal["более", "свыше", "почти", "около", "порядка", "примерно", "ориентировочно", "менее", "не менее",
                "не более", "до"]
RANGE_HEDGES = ("примерно", "ориентировочно")  # «около от 900 млн» is no Russian
Qualifier = Hedge
SCALE_FACTORS = {"units": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
Status = Literal["actual", "preliminary", "estimate", "expected", "forecast", "target"]
Trade = Literal["goods", "services", "goods_and_services"]


def _stated(value: object) -> Decimal:
    """A number as the file wrote it: `118` stays 118, `5.10` keeps its two decimals,
    so the memo prints exactly the digits the source gave."""
    unreadable = PydanticCustomError(
        "float_parsing", "Input should be a valid number, unable to parse string as a number"
    )
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise PydanticCustomError("float_type", "Input should be a valid number")
    if isinstance(value, str):
        try:
            number = Decimal(value.strip().replace("_", ""))
        except InvalidOperation:
            raise unreadable from None
    elif isinstance(value, float):
        number = Decimal(repr(value))
        decimals = getattr(value, "decimals", None)
        if decimals is not None and number.is_finite():
            number = number.quantize(Decimal(1).scaleb(-decimals))
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise PydanticCustomError("finite_number", "Input should be a finite number")
    return number


Stated = Annotated[
    Decimal,
    BeforeValidator(_stated),
    PlainSerializer(lambda d: str(d), return_type=str),
    WithJsonSchema({"type": "number"}),
]


def countable_unit(unit: str | None) -> str | None:
    """A counted noun memogen can put in the form a number asks for («8 бизнес-форумов»,
    «5 компаний-экспортёров»); a hyphenated one it cannot tell how to count is an error
    asking for another wording, never a guess («вагонов-цистерн» or «вагон-цистерн»?)."""
    if unit is None or "-" not in unit.partition(" ")[0]:
        return unit
    from memogen.morphology import UncountedNoun, countable

    try:
        return countable(unit)
    except UncountedNoun as unknown:
        raise ValueError(
            f"{unknown}: write the noun that is counted alone as `unit` («{unit.rpartition('-')[2]}») "
            "and the whole name in `label`"
        ) from None


def _hedge_field(what: str):
    return Field(None, description=f"How the source hedges {what}: «более», «почти», «около»…")


class Bound(Strict):
    """The upper end of a range «от 900 млн до 1 млрд»: its number as stated and, when it
    differs from the lower end's, its scale."""

    value: Stated = Field(description="The upper end as the source writes it: «до миллиарда» → 1.")
    scale: Scale | None = Field(None, description="Its scale when not the lower end's: billion.")


def _bound(value: object) -> object:
    """A bare number is shorthand for `{value: number}`."""
    return {"value": value} if isinstance(value, (int, float, str, Decimal)) and not isinstance(value, bool) else value


BoundField = Annotated[Bound, BeforeValidator(_bound, json_schema_input_type=Bound | float)]


class GrowthAmount(Strict):
    """An absolute change, in money or in the counted unit: «вырос на 3,7 млрд долларов»,
    «12,4 млрд, или на 3,7 млрд больше». Never the figure's level: that is `value`."""

    value: Stated = Field(description="The change as the source writes it, negative for a fall: "
                          "«на 3,7 млрд» → 3.7, «сократился на 1,2 млн» → -1.2.")
    scale: Scale | None = Field(None, description="Its scale (default: the figure's): «на 3,7 млрд» → billion.")
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$", description="Its currency (default: the figure's).")
    unit: str | None = Field(None, description="For a count: the counted noun (default: the figure's `unit`).")
    qualifier: Hedge | None = _hedge_field("the change («более чем на 3 млрд»)")

    @field_validator("unit")
    @classmethod
    def _countable(cls, unit: str | None) -> str | None:
        return countable_unit(unit)

    @model_validator(mode="after")
    def _a_change(self) -> GrowthAmount:
        if self.value == 0:
            raise ValueError("growth.amount: a change of 0 is no change; leave `amount` out")
        if self.unit is not None and self.currency is not None:
            raise ValueError("growth.amount: a change is counted either in `unit` or in `currency`, not both")
        return self


AmountField = Annotated[GrowthAmount, BeforeValidator(_bound, json_schema_input_type=GrowthAmount | float)]


class Growth(Strict):
    """Growth as the source states it: exactly one of `index`, `change` or `times`
    (or `words` alone, such as «вдвое» or «на треть»), hedged or not; an absolute
    change (`amount`) goes with it or stands alone."""

    index: Stated | None = Field(None, gt=0, description="Темп роста, %: 100,9 → 100.9.")
    change: Stated | None = Field(None, description="Прирост, %: «+10 %» → 10.")
    times: Stated | None = Field(None, gt=0, description="«в 2,0 раза» → 2.0.")
    words: str | None = Field(
        None, description="Growth in words as the source says it: «вдвое», «на треть», «в полтора раза»."
    )
    upper: Stated | None = Field(
        None, description="The upper end of a range of growth, in the same form: «на 5–7 %» → change 5, upper 7."
    )
    fall: bool = Field(
        False, description="A fall by a multiple, as said: «сократился вдвое», «снизился в 1,5 раза» → times 2 "
        "(or 1.5) with fall: true; printed «снижение в 1,5 раза». Only with `times` (a change is signed, an "
        "index below 100 says a fall).",
    )
    qualifier: Hedge | None = _hedge_field("the growth («более чем на 12 %»)")
    amount: AmountField | None = Field(
        None,
        description="The absolute change: «вырос на 3,7 млрд долларов» → {value: 3.7, scale: billion}; "
        "a number alone is in the figure's scale and currency. Its own `qualifier` hedges it.",
    )
    versus: Literal["same_period_last_year", "previous_period", "unstated"] | PeriodField = Field(
        "same_period_last_year",
        description="What the growth is measured against; `unstated` when the source names no base "
        "(«увеличить в два раза к 2030 году»): the memo then names none either.",
    )
    years: int | None = Field(
        None, ge=1, le=100, description="Growth over a span of years without a base: «за 4 года в 1,5 раза» → 4."
    )
    quote: str | None = Field(
        None, description="The sentence stating the growth, when it is not the figure's own quote."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_words(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("words") and not any(
            data.get(n) is not None for n in ("index", "change", "times")
        ):
            from memogen.reading import growth_in_words

            read = growth_in_words(str(data["words"]))
            if read is None:
                raise ValueError(
                    f"growth: cannot read {data['words']!r}; add times or change with the number it means"
                )
            data = {**data, read[0]: read[1]}
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> Growth:
        given = [n for n in ("index", "change", "times") if getattr(self, n) is not None]
        if len(given) > 1 or (not given and self.amount is None):
            raise ValueError("growth: give exactly one of index, change or times "
                             "(an absolute change in amount may go with it or stand alone)")
        if not given:
            if self.upper is not None or self.qualifier is not None:
                raise ValueError("growth: `upper` and `qualifier` belong to a rate (index, change, times); "
                                 "hedge an absolute change with `amount.qualifier`")
            return self
        if self.fall and (given[0] != "times" or self.times is not None and self.times <= 1):
            raise ValueError("growth: `fall` is a fall by a multiple greater than 1 («снизился в 1,5 раза»): it "
                             "goes with `times`; a fall in percent is a negative `change`")
        if self.amount is not None and (self.amount.value < 0) != (self.as_index < 100):
            raise ValueError(f"growth: `amount` {self.amount.value} and {given[0]} "
                             f"{getattr(self, given[0])} disagree: one says a rise, the other a fall")
        if self.upper is not None:
            low = getattr(self, given[0])
            if self.words or abs(self.upper) <= abs(low):
                raise ValueError("growth: `upper` is the larger end of a range stated in numbers («на 5–7 %»)")
            if self.qualifier is not None and self.qualifier not in RANGE_HEDGES:
                raise ValueError(f"growth: a range takes «{'» or «'.join(RANGE_HEDGES)}» as its hedge")
        return self

    @property
    def rated(self) -> bool:
        """A rate is stated (index, change or times), not only an absolute change."""
        return any(v is not None for v in (self.index, self.change, self.times))

    @property
    def as_index(self) -> float:
        """Growth as an index in percent (100.9), whichever way it was stated (a rate
        must be: see `rated`)."""
        if self.index is not None:
            return float(self.index)
        if self.change is not None:
            return 100 + float(self.change)
        assert self.times is not None
        return 100 / float(self.times) if self.fall else float(self.times) * 100


class Share(Strict):
    """A share of a whole: a figure of the file (`of`), or a total the source names
    without giving it (`whole`, in words: «внешнеторгового оборота Брянской области»)."""

    percent: Stated = Field(ge=0, le=100)
    of: str | None = Field(None, description="Id of the figure this is a share of.")
    whole: str | None = Field(
        None,
        description="The whole in words, in the genitive, when the source gives no figure for it: "
        "«внешнеторгового оборота Брянской области» (Belarus's share of the partner's own trade).",
    )
    qualifier: Hedge | None = _hedge_field("the share («почти 40 %»)")
    previous: Stated | None = Field(
        None, ge=0, le=100,
        description="The share it moved from, as stated: «доля выросла с 41 % до 55 %» → percent 55, previous 41.",
    )
    previous_period: PeriodField | None = Field(
        None, description="When the share was `previous`: «с 41 % в 2021 году» → 2021; leave out when the source "
        "does not say.",
    )
    words: str | None = Field(
        None,
        description="The share in words, in the nominative, when the source says it so: «треть», «четверть», "
        "«половина», «пятая часть», «десятая часть», «две трети», «три четверти» (`percent` is the number they "
        "mean: 33.3, 25, 50, 20, 10, 66.7, 75). "
        "The memo prints the words: «более половины», «треть».",
    )
    quote: str | None = Field(
        None, description="The sentence stating the share, when it is not the figure's own quote."
    )

    @model_validator(mode="after")
    def _one_whole(self) -> Share:
        if self.words is not None:
            from memogen.reading import SHARE_WORDS

            meant = SHARE_WORDS.get(self.words.lower())
            if meant is None:
                raise ValueError(f"share: cannot read words {self.words!r}; write one of: {', '.join(SHARE_WORDS)}")
            if self.percent != meant:
                raise ValueError(f"share: «{self.words}» is {meant} %, but percent is {self.percent}")
        if (self.of is None) == (self.whole is None):
            raise ValueError("share: give either `of` (a figure id) or `whole` (the total in words)")
        if self.previous_period is not None and self.previous is None:
            raise ValueError("share: `previous_period` is when the share was `previous`; give `previous` too")
        return self


class Rank(Strict):
    """A place in a ranking: who holds it, among what, by what measure, in what period.
    «Беларусь заняла 5-е место среди торговых партнеров края» is holder `partner`,
    among «среди торговых партнеров Красноярского края»."""

    position: int | None = Field(None, ge=1, description="The place: 5 for «5-е место».")
    top: int | None = Field(
        None, ge=2, le=1000,
        description="A place within the first N, its exact place unstated: «входит в число трех крупнейших "
        "партнеров», «в пятерке» → 3, 5 (instead of `position`).",
    )
    among: NonEmpty = Field(
        description="Among what, naming whose ranking it is: «среди торговых партнеров Республики Беларусь»."
    )
    holder: str | None = Field(
        None,
        description="Who holds the place: `partner`, `ours`, or a name in the nominative "
        "«Республика Беларусь» (default: the partner; for a product, the product group).",
    )
    measure: str | None = Field(
        None, description="By what: «по объему товарооборота» (default: the figure's indicator)."
    )
    period: PeriodField | None = Field(None, description="The period ranked (default: the figure's).")
    words: str | None = Field(
        None,
        description="The place as the source says it by a superlative, in the nominative: «крупнейший торговый "
        "партнер», «ведущий инвестор» (with `position: 1`). Printed as said, the place after it in parentheses.",
    )

    @model_validator(mode="after")
    def _one_place(self) -> Rank:
        if (self.position is None) == (self.top is None):
            raise ValueError("rank: give either `position` (the place) or `top` (within the first N)")
        if self.words is not None and self.position != 1:
            raise ValueError("rank: `words` is a first place said by a superlative («крупнейший партнер»): "
                             "it goes with `position: 1`")
        return self


def _amount_defaults(amount: object, figure: dict) -> object:
    """An absolute change is in the figure's scale and currency (or counted unit)
    unless it names its own."""
    amount = _bound(amount)
    if not isinstance(amount, dict):
        return amount
    counted = figure.get("unit")
    out = {"scale": figure.get("scale") or ("units" if counted else "million"), **amount}
    if "unit" not in amount and "currency" not in amount:
        out.update({"unit": counted} if counted else {"currency": figure.get("currency", "USD")})
    return out


class FigureFact(Sourced):
    """One observation: an indicator over a period, with a value and/or growth."""

    id: NonEmpty = Field(description="Unique id, used by `share.of` and templates.")
    indicator: IndicatorName
    label: str | None = Field(None, description="For `product`/`other`: what is measured.")
    period: FigurePeriod = Field(
        description="The period, or `unstated` when the source gives none: the memo then names none "
        "and never compares or tabulates the figure."
    )
    value: Stated | None = Field(
        None, description="The amount as the source writes it, in `scale` units of `currency` (or of `unit`)."
    )
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    scale: Scale = "million"
    unit: str | None = Field(
        None,
        description="For a count in other units: the noun in the nominative singular "
        "(«страна», «место», «тонна»); then `currency` does not apply and `scale` defaults to units.",
    )

    @field_validator("unit")
    @classmethod
    def _countable(cls, unit: str | None) -> str | None:
        return countable_unit(unit)
    upper: BoundField | None = Field(
        None,
        description="For a range «от 900 млн до миллиарда долларов»: its upper end (`value` is the lower); "
        "a number, or {value, scale} when its scale differs: {value: 1, scale: billion}.",
    )
    qualifier: Hedge | None = _hedge_field("the value")
    status: Status = Field(
        "actual", description="actual, preliminary, estimate, expected, forecast or target: sets the verb."
    )
    side: Literal["ours", "partner"] = Field(
        "ours",
        description="Whose exports or imports the source states: `partner` turns the partner's "
        "exports into our imports.",
    )
    counterparty: Party | None = Field(
        None,
        description="Whom this trade is with when it is not the pair of parties: «Китай» in «товарооборот "
        "Кыргызстана с Китаем», «страны ЕАЭС» in «экспорт в страны ЕАЭС»; `side` says whose trade it is. On a "
        "count: the third state what is counted goes to or is in («в Гану — порядка 3,2 тыс. единиц»).",
    )
    holder: Holder | None = Field(
        None,
        description="The Belarusian region, district or city whose own figure this is when it is not our side "
        "as a whole: «экспорт Витебской области в Российскую Федерацию» (`name` in the nominative, `kind` region "
        "by default). Printed «… Витебской области …»; never tabulated, charted or summed with our side's trade.",
    )
    trade: Trade = Field(
        "goods",
        description="What the flow trades: `goods` (the default), `services` («экспорт услуг», «торговля услугами») "
        "or `goods_and_services` («товарооборот товаров и услуг»). Trade in services gets a sentence of its own "
        "and is never tabulated, charted, summed or compared with trade in goods.",
    )
    out_of: Stated | None = Field(
        None,
        description="For a count stated as «N из M» («выполнено 118 мероприятий из 210»): M, the whole the count "
        "is a part of, in the count's unit. Printed «118 из 210 мероприятий».",
    )
    growth: Growth | None = None
    share: Share | None = None
    rank: Rank | None = None
    during: str | None = Field(
        None,
        description="For `contracts`: the event or visit they were signed during, in the genitive, as it "
        "reads after «в рамках»: «визита Премьер-министра Республики Беларусь в Никарагуа».",
    )
    signed_by: Literal["parties", "all"] = Field(
        "parties",
        description="For `contracts`: whose deals they are: `parties` (ours with the partner's, the default) "
        "or `all`, every participant of the event in `during` (its total, not ours).",
    )
    sign: Literal["positive", "negative"] | None = Field(
        None,
        description="For `balance`: its sign as the source says it in words: `positive` («положительное сальдо», "
        "«профицит», «в пользу белорусской стороны»), `negative` («отрицательное», «дефицит»). It must agree with "
        "`value`; alone, it is all the memo says of the balance («сальдо сложилось в пользу …»).",
    )
    yearly: bool = Field(
        False,
        description="The value is per year, over years the source does not name («ежегодно», «в год», «колеблется "
        "в пределах 7–13,5 млн»): printed «… в год». For `period: unstated` or a span of years.",
    )
    remark: str | None = Field(None, description="A claim about this figure, in words.")

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: object) -> object:
        """A count defaults to plain units; the partner's exports are our imports."""
        if not isinstance(data, dict):
            return data
        if data.get("unit") and "scale" not in data:
            data = {**data, "scale": "units"}
        growth = data.get("growth")
        if isinstance(growth, dict) and growth.get("amount") is not None:
            data = {**data, "growth": {**growth, "amount": _amount_defaults(growth["amount"], data)}}
        if data.get("side") == "partner" and not data.get("counterparty"):  # a third country's trade stays whose it is
            from memogen.indicators import MIRROR

            if data.get("indicator") == "balance":
                raise ValueError("state a balance from our side (exports minus imports of ours)")
            if data.get("indicator") in MIRROR:
                data = {**data, "indicator": MIRROR[data["indicator"]]}
        return data

    @model_validator(mode="after")
    def _something_known(self) -> FigureFact:
        if self.value is None and self.growth is None and self.share is None and self.rank is None \
                and self.sign is None:
            raise ValueError("a figure needs at least one of value, growth, share or rank (a balance: or sign)")
        if self.indicator in ("product", "other") and not self.label:
            raise ValueError(f"indicator {self.indicator!r} needs a label saying what is measured")
        if self.unit is not None and "currency" in self.model_fields_set:
            raise ValueError("a figure is counted either in `unit` or in `currency`, not both")
        if self.upper is not None:
            self._check_range()
        if self.indicator == "count" and self.value is not None and self.unit is None:
            raise ValueError("a count needs `unit`: the counted noun in the nominative singular («компания»)")
        self._check_amount()
        self._check_deal()
        self._check_sign()
        self._check_yearly()
        self._check_trade()
        self._check_holder()
        if self.counterparty is not None and self.indicator not in ("turnover", "exports", "imports", "balance",
                                                                     "count"):
            raise FactError(("counterparty",), "`counterparty` names the other side of a trade flow (turnover, "
                            "exports, imports, balance) or the third state a count is of; for goods, say the market "
                            "in the label")
        if self.period is not None and self.period.spans_years and self.growth is not None \
                and self.growth.versus in ("same_period_last_year", "previous_period"):
            raise ValueError(f"growth over {self.period}: a span of years has no «same period last year»; "
                             "set growth.versus to the period it compares with, or to unstated")
        before = self.share.previous_period if self.share else None
        if before is not None and self.period is not None and not before < self.period:
            raise ValueError(f"share.previous_period {before} must come before the figure's period {self.period}")
        return self

    def _check_range(self) -> None:
        assert self.upper is not None
        if self.value is None:
            raise ValueError("a range needs `value` (its lower end) as well as `upper`")
        high = self.upper.value * SCALE_FACTORS[self.upper.scale or self.scale]
        if high <= self.value * SCALE_FACTORS[self.scale]:
            raise ValueError("`upper` must be larger than `value`: value is the lower end of the range")
        if self.qualifier is not None and self.qualifier not in RANGE_HEDGES:
            raise ValueError(f"a range takes «{'» or «'.join(RANGE_HEDGES)}» as its hedge "
                             f"(«{self.qualifier} от …» is no Russian)")

    def _check_yearly(self) -> None:
        """«в год» is a value repeated over years: no one period of its own."""
        if not self.yearly:
            return
        if self.value is None:
            raise FactError(("yearly",), "`yearly` says the value is per year: give `value` (or leave `yearly` out)")
        if self.period is not None and not self.period.spans_years:
            raise FactError(("yearly",), f"a figure of {self.period} is that period's own; `yearly` is for a value "
                            "repeated each year over years the source does not name (`period: unstated`) or over a "
                            "span (`period: 2015..2025`): change the period or leave `yearly` out")

    def _check_trade(self) -> None:
        """Services are a trade flow's, and «N из M» a count's."""
        if self.trade != "goods" and self.indicator not in ("turnover", "exports", "imports", "balance"):
            raise FactError(("trade",), "`trade` says what a trade flow trades (turnover, exports, imports, balance); "
                            "for a group of goods use `indicator: product` with its label")
        if self.out_of is None:
            return
        if self.unit is None or self.value is None:
            raise FactError(("out_of",), "`out_of` is the whole of a count «N из M»: give the count's `value` "
                            "and `unit` too")
        if self.out_of < self.value:
            raise FactError(("out_of",), f"`out_of` {self.out_of} is the whole «из {self.out_of}»: it cannot "
                            f"be less than the count {self.value}")

    def _check_holder(self) -> None:
        """A Belarusian region's own figure is a trade flow, a product's trade or a count of it."""
        if self.holder is None:
            return
        if self.indicator not in HOLDABLE:
            raise FactError(("holder",), "`holder` names the Belarusian region whose own trade or count this is: "
                            f"it belongs to {', '.join(HOLDABLE)}; for {self.indicator}, name the region in `label` "
                            "instead")
        if self.side == "partner" and self.counterparty is not None:
            raise FactError(("holder",), "a figure with `side: partner` and a `counterparty` is the partner's trade "
                            "with a third state, no Belarusian region's: leave `holder` out")

    def _check_sign(self) -> None:
        """A balance's sign in words and its value say the same: a deficit is negative."""
        if self.sign is None:
            return
        if self.indicator != "balance":
            raise FactError(("sign",), "`sign` says in whose favour a balance is: it belongs to `indicator: balance`")
        if self.value is not None and self.value != 0 and (self.value < 0) != (self.sign == "negative"):
            fixed = -self.value
            raise FactError(("value",), f"the balance is {self.sign} (`sign`), but its value {self.value} is not: "
                            f"write `value: {fixed}` (a deficit is negative), or correct `sign`")

    def _check_deal(self) -> None:
        """Contracts and investment are money agreed or put in, never a flow or a count;
        `during` and `signed_by` say where and by whose hands contracts were signed."""
        from memogen.indicators import DEALS

        contracts_only = ("`during` and `signed_by` say where and by whom contracts were signed: "
                          "they belong to `indicator: contracts`")
        if self.indicator != "contracts":
            for name, default in (("during", None), ("signed_by", "parties")):
                if getattr(self, name) != default:
                    raise FactError((name,), contracts_only)
        if self.indicator not in DEALS:
            return
        if self.unit is not None:
            raise FactError(("unit",), f"{self.indicator} is an amount of money; a number of contracts is "
                            "`indicator: count` with `unit: контракт`")
        if self.side == "partner" or self.counterparty is not None:
            name = "side" if self.side == "partner" else "counterparty"
            raise FactError((name,), f"`{name}` is for trade flows; say whose {self.indicator} they are in `label`"
                            + (" (and `signed_by`)" if self.indicator == "contracts" else ""))
        if self.signed_by == "all" and self.during is None:
            raise FactError(("signed_by",), "`signed_by: all` is the total of an event's participants: name the "
                            "event in `during`, in the genitive («выставки «Иннопром»»)")

    def _check_amount(self) -> None:
        amount = self.growth.amount if self.growth else None
        if amount is None:
            return
        if self.unit is not None and amount.currency is not None:
            raise ValueError("growth.amount: the change of a count is counted in its `unit`, not in a currency")
        if self.unit is None and amount.unit is not None and self.value is not None:
            raise ValueError("growth.amount: the change of an amount of money takes a currency, not a `unit`")

    @property
    def tabular(self) -> bool:
        """One stated value of one period of our trade with the partner: a table row, a
        chart bar and a term of the comparisons (not a range, a span of years, a figure
        without a period or a trade with a third country)."""
        return self.value is not None and self.period is not None and not self.ranged \
            and not self.period.spans_years and not self.kept_apart

    @property
    def kept_apart(self) -> bool:
        """A trade with a third country, in services or of one Belarusian region (`holder`):
        a sentence of its own, never a term of our trade in goods (tables, charts, sums,
        comparisons)."""
        return self.counterparty is not None or self.trade != "goods" or self.holder is not None

    @property
    def ranged(self) -> bool:
        """A range «от … до …»: printed in words, never tabulated, charted or computed with."""
        return self.upper is not None

    @property
    def amount_unit(self) -> tuple[str, str]:
        """(currency or unit, scale): figures sharing it may stand in one table column."""
        return (self.unit or self.currency, self.scale)


class Product(Sourced):
    name: NonEmpty
    value: Stated | None = None
    share: Stated | None = Field(None, ge=0, le=100, description="Share of the flow, %.")
    qualifier: Hedge | None = _hedge_field("the value and share")


class Flow(Sourced):
    period: PeriodField | None = None
    currency: str = Field("USD", pattern=r"^[A-Z]{3}$")
    scale: Scale = "million"
    items: list[Product] = Field(min_length=1)


class Structure(Strict):
    exports: Flow | None = None
    imports: Flow | None = None


# --- sectors, events, proposals --------------------------------------------------------


class Company(Strict):
    name: NonEmpty = Field(description="Name without quotes; quotes are added in the memo.")
    legal_form: str | None = Field(None, description="ОАО, АО, ООО…")
    side: Literal["ours", "partner"] = "ours"


class Sector(Strict):
    id: NonEmpty
    name: NonEmpty = Field(description="Heading of the sector's subsection.")
    existing: list[StatementField] = Field(default_factory=list)
    proposed: list[StatementField] = Field(default_factory=list)
    companies: list[Company] = Field(default_factory=list)


class When(Strict):
    """An exact date, or a fuzzy one in words («конец сентября – начало октября 2025 г.»)."""

    date: dt.date | None = None
    text: str | None = None
    year: int | None = Field(None, description="For sorting a fuzzy date.")

    @model_validator(mode="after")
    def _one(self) -> When:
        if (self.date is None) == (self.text is None):
            raise ValueError("when: give either date or text")
        return self


def _when(value: object) -> object:
    """A bare date (2025-12-31) or bare words are shorthand for `date:` or `text:`."""
    if isinstance(value, dt.date) or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value)):
        return {"date": value}
    if isinstance(value, str):
        return {"text": value}
    return value


WhenField = Annotated[When, BeforeValidator(_when, json_schema_input_type=When | dt.date | str)]


class Event(Sourced):
    what: NonEmpty
    when: WhenField | None = None
    where: str | None = None
    who: str | None = None
    first_time: bool = Field(False, description="Held for the first time.")


class Agreement(Sourced):
    title: NonEmpty
    # `set`: a task or agreement of the heads of state, no signed document («задача глав государств …»)
    status: Literal["planned", "signed", "in_force", "set"] = "planned"
    when: WhenField | None = None
    years: tuple[int, int] | None = Field(None, description="Term, e.g. [2026, 2028].")
    parties: str | None = None
    purpose: str | None = None


class Proposal(Sourced):
    action: NonEmpty = Field(description="What to do, as an infinitive phrase.")
    responsible: str | None = Field(None, description="Who does it; releases rarely say.")
    deadline: WhenField | None = Field(None, description="By when; releases rarely say.")


class Source(Strict):
    id: NonEmpty
    title: NonEmpty
    date: dt.date | None = None
    url: str | None = None
    file: str | None = None


ChartKind = Literal["dynamics", "trade", "structure", "share"]


class ChartOption(Strict):
    show: bool = True
    title: str | None = Field(None, description="Replaces the chart's default title.")


class Facts(Strict):
    """A facts file: everything one memo says, with where each thing came from."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"title": "memogen facts file"},
    )

    memo: MemoMeta
    parties: Parties
    figures: list[FigureFact] = Field(default_factory=list)
    structure: Structure = Structure()
    sectors: list[Sector] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    charts: dict[ChartKind, ChartOption] = Field(
        default_factory=dict, description="Turn a chart off or retitle it."
    )

    @model_validator(mode="after")
    def _references(self) -> Facts:
        ids = [f.id for f in self.figures]
        for n, f in enumerate(self.figures):
            if f.id in ids[:n]:
                raise FactError(("figures", n, "id"), f"figure id {f.id!r} is used twice; ids must be unique")
        known_sources = {s.id for s in self.sources}
        for loc, item in self.sourced():
            if item.source is not None and item.source not in known_sources:
                raise FactError(
                    loc + ("source",),
                    f"source {item.source!r} is not defined under sources "
                    f"(known: {', '.join(sorted(known_sources)) or 'none'})",
                )
        for n, f in enumerate(self.figures):
            if f.share is not None and f.share.of is not None and f.share.of not in ids:
                raise FactError(("figures", n, "share", "of"), f"{f.share.of!r} is not a figure id")
            self._check_holder(n, f)
        return self

    def _check_holder(self, n: int, f: FigureFact) -> None:
        """A figure's `holder` is a part of our side, neither our side itself nor the partner."""
        if f.holder is None:
            return
        name = f.holder.name.casefold().replace("ё", "е")
        for side in ("ours", "partner"):
            if name == getattr(self.parties, side).name.casefold().replace("ё", "е"):
                what = "our side itself: a figure is ours unless it says otherwise" if side == "ours" else \
                    "the partner: its trade with us is our trade with the partner (`side: partner` for its flows)"
                raise FactError(("figures", n, "holder", "name"), f"`holder` «{f.holder.name}» is {what}; "
                                "leave `holder` out")

    def sourced(self):
        """Every item that may name a source, with its path in the file."""
        for n, f in enumerate(self.figures):
            yield ("figures", n), f
        for n, o in enumerate(self.parties.officials):
            yield ("parties", "officials", n), o
        for name in ("exports", "imports"):
            flow = getattr(self.structure, name)
            if flow is not None:
                yield ("structure", name), flow
                for n, item in enumerate(flow.items):
                    yield ("structure", name, "items", n), item
        for n, s in enumerate(self.sectors):
            for part in ("existing", "proposed"):
                for k, st in enumerate(getattr(s, part)):
                    yield ("sectors", n, part, k), st
        for part in ("events", "agreements", "proposals"):
            for n, item in enumerate(getattr(self, part)):
                yield (part, n), item

    def figure(self, id: str) -> FigureFact:
        for f in self.figures:
            if f.id == id:
                return f
        raise KeyError(id)
