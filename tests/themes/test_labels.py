"""The words memogen writes itself are data (memogen/locale/ru.yaml), and a theme's
`labels:` rewords them: table titles and headers, chart titles, the words inside
charts and at the start of their alt text."""

from __future__ import annotations

import pytest

from memogen import locale, pipeline
from memogen.document import Figure, Table, plain_text
from memogen.errors import InputError
from memogen.themes.loader import load_theme
from memogen.themes.model import Theme

from .helpers import facts_copy, make_theme

REWORDED = """\
labels:
  table: Табл.
  tables:
    proposals:
      title: План действий
      headers: ["№", Что сделать, Кто, Когда]
  chart_titles:
    dynamics: "Товарооборот, годы"
  chart_words:
    bar_chart: Гистограмма
    partial: неполные данные
"""


def test_the_built_in_words_are_the_locale_file():
    labels = Theme().labels.model_dump(mode="json")
    assert labels == locale.words("ru")
    assert labels["tables"]["proposals"]["headers"] == ["№ п/п", "Мероприятие", "Ответственные", "Срок"]


def test_a_theme_rewords_tables_charts_and_alt_text(tmp_path):
    make_theme(tmp_path, "words", REWORDED)
    memo, _ = pipeline.compose(pipeline.load_facts(facts_copy(tmp_path)), tmp_path, "words", tmp_path / "cache")
    tables = [b for b in memo.blocks if isinstance(b, Table)]
    proposals = next(t for t in tables if "План действий" in plain_text(t.caption))
    assert plain_text(proposals.caption).startswith("Табл.\u00a0")
    assert [plain_text(c.children) for c in proposals.header[0]] == ["№", "Что сделать", "Кто", "Когда"]
    # Words the theme leaves alone keep the locale's wording.
    assert any("Период" in plain_text(c.children) for t in tables for c in t.header[0])
    dynamics = next(b for b in memo.blocks if isinstance(b, Figure) and "Товарооборот, годы" in plain_text(b.caption))
    assert dynamics.alt.startswith("Гистограмма «Товарооборот, годы»")
    assert "неполные данные" in dynamics.alt and "неполный период" not in dynamics.alt


@pytest.mark.parametrize(
    "labels, field",
    [
        ("labels: {tabels: {}}\n", "tabels"),
        ("labels: {tables: {proposals: {headers: [a, b]}}}\n", "headers"),
        ("labels: {chart_words: {legend: x}}\n", "legend"),
    ],
)
def test_a_misspelt_or_short_label_is_an_input_error(tmp_path, labels, field):
    make_theme(tmp_path, "bad", labels)
    with pytest.raises(InputError, match=field):
        load_theme("bad", tmp_path)
