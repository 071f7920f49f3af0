"""A count of occasions («18 встреч», «три бизнес-форума») is a figure, not one event: the
drafter used to add an event named by the counted noun in the plural, which the memo
printed as a stray line («Бизнес-форумы (2023 г.).») beside the count. Sentences written
for this test."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from memogen.draft import draft_file
from memogen.draft.items import events
from memogen.pipeline import build
from test_truth import docx_words, pdf_text

RELEASE = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "С 2019 по 2023 год проведено 11 бизнес-форумов, в 2023 году — три бизнес-форума.",
        "Только в прошлом году состоялось 14 встреч губернатора с белорусскими коллегами.",
        "За пять лет прошли 6 выставок белорусских товаров в Казани.",
        "В 2023 году организовано более 20 визитов деловых делегаций.",
    ],
)
def test_a_count_of_occasions_is_no_event(sentence):
    assert [e.data["what"] for e in events([sentence], RELEASE)] == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Проведено девять заседаний межправительственной комиссии, готовится десятое.",
         "Десятое заседание межправительственной комиссии"),
        ("Состоялось 5 бизнес-форумов регионов, в мае пройдёт шестой.", "Шестой бизнес-форум регионов"),
    ],
)
def test_the_next_occasion_after_a_count_is_an_event_in_the_singular(sentence, what):
    assert [e.data["what"] for e in events([sentence], RELEASE)] == [what]


def test_a_counted_occasion_prints_only_its_count_in_both_formats(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text(
        "# source: test · 2024-03-01\n\nБеларусь и Вологодская область развивают деловые связи. "
        "С 2019 по 2023 год проведено 11 бизнес-форумов с участием компаний двух сторон. "
        "В 2023 году товарооборот составил 100 млн долларов.\n",
        encoding="utf-8",
    )
    facts = tmp_path / "r.yaml"
    facts.write_text(draft_file(release, out=facts).yaml, encoding="utf-8")
    built = build(facts, ["pdf", "docx"], tmp_path / "out", workspace=tmp_path)
    data = {p.suffix[1:]: p.read_bytes() for p in built.outputs}
    for text in (pdf_text(data["pdf"]), docx_words(data["docx"])):
        assert "за 2019–2023 годы — 11" in text, text
        assert not re.search(r"Бизнес-форумы \(", text), text
