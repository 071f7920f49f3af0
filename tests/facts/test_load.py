"""Facts files are validated strictly, and each mistake names file, line, field and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from memogen.errors import InputError
from memogen.facts.model import Facts
from memogen.facts.periods import Period
from memogen.yamlfile import load_model
from paths import EXAMPLE


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in the example"
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_example_loads_with_every_part():
    facts = load_model(Facts, EXAMPLE)
    assert facts.memo.title.startswith("о сотрудничестве")
    assert {f.id for f in facts.figures} >= {"turnover-2020", "turnover-2024", "turnover-2025-h1", "food-2024"}
    assert facts.figure("turnover-2025-h1").period == Period.parse("2025-01..06")
    assert facts.figure("food-2024").qualifier == "более"
    assert facts.proposals and facts.sectors and facts.events and facts.agreements
    assert all(f.source == "gov-2025-08-25" and f.quote for f in facts.figures)


def test_unknown_key_suggests_the_right_one(tmp_path):
    path = _broken(tmp_path, "    indicator: turnover\n", "    indicatr: turnover\n")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    text = str(info.value)
    assert text.startswith(f"{path}:{_line_of(path, 'indicatr')}:5: figures[0].indicatr: unknown key 'indicatr'")
    assert "did you mean 'indicator'?" in text


def test_wrong_type_names_line_field_and_fix(tmp_path):
    path = _broken(tmp_path, "value: 678.1", "value: много")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    text = str(info.value)
    assert f"{path}:{_line_of(path, 'много')}:5: figures[1].value:" in text
    assert "(got 'много')" in text and "fix: write a number" in text


def test_impossible_date(tmp_path):
    path = _broken(tmp_path, "  date: 2025-08-25", "  date: 2025-02-30")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    text = str(info.value)
    assert f"{path}:{_line_of(path, '2025-02-30')}:3: memo.date:" in text
    assert "day value is outside expected range" in text and "YYYY-MM-DD" in text


def test_duplicate_key(tmp_path):
    path = _broken(tmp_path, "  type: СПРАВКА\n", "  type: СПРАВКА\n  type: ЗАПИСКА\n")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    assert f"{path}:{_line_of(path, 'ЗАПИСКА')}:3: duplicate key 'type' (first defined on line" in str(info.value)


def test_invalid_yaml(tmp_path):
    path = _broken(tmp_path, "  title: о сотрудничестве", "  title: [о сотрудничестве")
    with pytest.raises(InputError, match=r"broken.yaml:\d+:\d+: invalid YAML"):
        load_model(Facts, path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found: .*nothing.yaml"):
        load_model(Facts, tmp_path / "nothing.yaml")


def test_bad_period_explains_the_notation(tmp_path):
    path = _broken(tmp_path, "period: 2025-01..06", "period: 2025-06..01")
    with pytest.raises(InputError, match=r"figures\[2\].period: .*months out of order"):
        load_model(Facts, path)


def test_share_must_point_at_a_figure(tmp_path):
    path = _broken(tmp_path, "of: turnover-2024", "of: turnover-2023")
    with pytest.raises(InputError, match=r"figures\[3\].share.of: 'turnover-2023' is not a figure id"):
        load_model(Facts, path)


def test_unknown_source(tmp_path):
    path = _broken(tmp_path, "    source: gov-2025-08-25\n    quote: если", "    source: tass\n    quote: если")
    with pytest.raises(InputError, match="source 'tass' is not defined under sources"):
        load_model(Facts, path)


def test_growth_needs_exactly_one_form(tmp_path):
    path = _broken(tmp_path, "growth: {index: 100.9,", "growth: {index: 100.9, change: 0.9,")
    with pytest.raises(InputError, match="give exactly one of index, change or times"):
        load_model(Facts, path)


def test_every_problem_is_listed_at_once(tmp_path):
    path = _broken(tmp_path, "value: 678.1", "value: много")
    text = path.read_text(encoding="utf-8").replace("value: 335", "value: мало")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    message = str(info.value)
    assert "figures[0].value" in message.splitlines()[0]
    assert f"also {path}:{_line_of(path, 'много')}: figures[1].value" in message


@pytest.mark.parametrize(
    "text, kind, first, last",
    [
        ("2024", "year", 1, 12),
        ("2025-Q3", "quarter", 7, 9),
        ("2025-H1", "half", 1, 6),
        ("2025-03", "month", 3, 3),
        ("2025-01..06", "months", 1, 6),
    ],
)
def test_periods(text, kind, first, last):
    p = Period.parse(text)
    assert (p.kind, p.first, p.last) == (kind, first, last)
    assert str(p) == text
    assert p.is_whole_year == (kind == "year")


def test_not_a_number_is_refused_where_it_stands(tmp_path):
    path = _broken(tmp_path, "value: 678.1", "value: .nan")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    assert f"{path}:{_line_of(path, '.nan')}:5: figures[1].value: Input should be a finite number" in str(info.value)


def test_cross_file_checks_name_their_own_line(tmp_path):
    path = _broken(tmp_path, "    source: gov-2025-08-25\n    quote: если", "    source: tass\n    quote: если")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    assert str(info.value).startswith(f"{path}:{_line_of(path, 'source: tass')}:5: figures[0].source: source 'tass'")
    path = _broken(tmp_path, "  - id: turnover-2024\n", "  - id: turnover-2020\n")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    second = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "id: turnover-2020" in line][1]
    assert f"{path}:{second}:5: figures[1].id: figure id 'turnover-2020' is used twice" in str(info.value)


def test_title_stop_points_at_the_title(tmp_path):
    path = _broken(tmp_path, "Российской Федерации\n", "Российской Федерации.\n")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    assert f"{path}:{_line_of(path, '  title:')}:3: memo.title: a title to the text takes no final full stop" in str(info.value)


def test_fix_comes_before_the_further_problems(tmp_path):
    path = _broken(tmp_path, "value: 678.1", "value: много")
    path.write_text(path.read_text(encoding="utf-8").replace("value: 335", "value: мало"), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_model(Facts, path)
    lines = str(info.value).splitlines()
    assert lines[1].startswith("  fix: ") and lines[2].startswith("  also ")


def test_duplicate_key_names_the_line_of_its_first_use(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("memo:\n  title: x\n  date: 2025-01-01\n  type: A\n  date: 2025-01-02\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dup.yaml:5:3: duplicate key 'date' \(first defined on line 3\)"):
        load_model(Facts, path)
