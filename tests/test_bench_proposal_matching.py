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
