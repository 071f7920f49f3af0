"""bench_draft's proposal matcher: a verb and the noun naming its deed are one word, and
nothing looser (phrases written for these tests)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from tests.paths import ROOT


def _bench():
    spec = importlib.util.spec_from_file_location("bench_draft", ROOT / "benchmarks" / "bench_draft.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@pytest.mark.parametrize(
    ("curated", "drafted"),
    [
        ("Поставки в Псковскую область дорожной техники", "Поставлять в Псковскую область дорожную технику"),
        ("Закупки у местных фермеров семян и удобрений", "Закупать у местных фермеров семена и удобрения"),
        ("Выход белорусских станкостроителей на казахстанский рынок с новыми моделями станков",
         "Выйти на казахстанский рынок с новыми моделями станков"),
        ("Расширение сотрудничества в здравоохранении", "Расширить сотрудничество в здравоохранении"),
        ("Участие в строительстве детских садов", "Участвовать в строительстве детских садов"),
        ("Развитие кооперации в станкостроении", "Развивать кооперацию в станкостроении"),
        ("Переход на расчёты в национальных валютах", "Перейти на расчёты в национальных валютах"),
    ],
)
def test_a_verb_and_the_noun_of_its_deed_are_one_word(curated, drafted):
    assert BENCH.same_deed(curated, drafted)


@pytest.mark.parametrize(
    ("curated", "drafted"),
    [
        ("Поставки в Псковскую область дорожной техники", "Построить в Псковской области завод"),
        ("Открытие торгового дома в Казани", "Открыть посольство в Джакарте"),
        ("Расширение сотрудничества в здравоохранении", "Расширить сотрудничество во всех сферах и провести ярмарку"),
        ("Поставки молочной продукции", "Поставить вопрос о ценах на молочную продукцию перед правительством края"),
        ("Выход белорусских станкостроителей на казахстанский рынок", "Выйти на казахстанский рынок"),
        ("Выход на рынок", "Выставка на рынке"),
    ],
)
def test_unrelated_actions_still_differ(curated, drafted):
    assert not BENCH.same_deed(curated, drafted)


@pytest.mark.parametrize(
    ("verb", "noun", "kin"),
    [
        ("поставлять", "поставка", True),
        ("строить", "строительство", True),
        ("обеспечить", "обеспечение", True),
        ("подойти", "подход", True),
        ("поставить", "постановление", False),
        ("продать", "продукция", False),
        ("выйти", "выставка", False),
    ],
)
def test_kin_of_a_verb_and_a_noun(verb, noun, kin):
    assert BENCH._kin(verb, noun) is kin


def test_an_undated_curated_figure_matches_only_an_undated_draft() -> None:
    """A curated `period: null` says the release gives no period: a draft that dates the
    figure (say, by the release's month) would print a period the source never stated."""
    from decimal import Decimal

    undated = ("count", None, Decimal(14000), None)
    assert BENCH.agree(undated, ("count", None, Decimal(14000), None))
    assert not BENCH.agree(undated, ("count", (2025, 12, 2025, 12), Decimal(14000), None))
    dated = ("turnover", (2025, 1, 2025, 6), Decimal(316400), None)
    assert not BENCH.agree(dated, ("turnover", None, Decimal(316400), None))
    assert BENCH.agree(dated, ("turnover", (2025, 1, 2025, 6), Decimal(316400), None))


def test_a_missed_figure_is_tallied_by_the_one_part_a_left_over_draft_is_off_by() -> None:
    """A missed figure whose drafted twin differs only in its indicator (exports drafted as
    imports) counts under «indicator»; one with no drafted figure that near, under «not
    drafted»; a drafted figure serves one miss only."""
    from decimal import Decimal

    half = (2024, 1, 2024, 6)
    exports = ("exports", half, Decimal(17), None)
    imports = ("imports", half, Decimal(3), "почти")
    undated = ("count", None, Decimal(13), None)
    drafted = [("imports", half, Decimal(17), None), ("count", (2024, 9, 2024, 9), Decimal(13), None)]
    score = BENCH.Score("release")
    BENCH._near_misses(score, [exports, imports, undated], drafted, verbose=False)
    assert score.near == {"indicator": 1, "not drafted": 1, "period": 1}
    twice = BENCH.Score("release")
    BENCH._near_misses(twice, [exports, exports], drafted[:1], verbose=False)
    assert twice.near == {"indicator": 1, "not drafted": 1}
    assert BENCH._off_by(exports, ("imports", half, Decimal(3), None)) is None  # two parts differ
    assert BENCH._off_by(exports, exports) is None


def test_by_default_every_set_is_measured_in_the_order_it_was_written() -> None:
    names = [folder.name for _, folder in BENCH.corpora()]
    assert names[0] == "releases" and names[1:6] == ["round2", "round3", "round4", "round5", "round6"]
    held = names[6:]
    assert held[:3] == ["heldout", "heldout2", "heldout3"]
    assert [int(name.removeprefix("heldout") or 1) for name in held] == sorted(int(n.removeprefix("heldout") or 1) for n in held)
    assert "facts" not in names  # a folder without curated releases is no set
    assert not any(BENCH.never_open(folder) for _, folder in BENCH.corpora())
