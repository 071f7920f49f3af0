"""Which span a count has when it names none of its own (issue #10, README convention 2),
read from its own statement by counts.when: what stands now (a verb in the present, no verb
and no event, what a side holds, what the count's words say exists) and a total so far (a
passive participle with no event, «на сегодня», «уже») have no period; what happens at an
event (named in the sentence or the one before, or an active verb of the release's own
event) is dated by the event; a clause coordinated by «, и» or «, а» and a relative clause
are statements of their own. Also: the level a figure is compared with takes the base's
period, and a level said of now in a clause of its own takes no period of the words around
it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import counts, periods, tenses
from memogen.draft.model import UNSTATED, supports

RELEASE = dt.date(2024, 10, 8)

pytestmark = pytest.mark.skipif(
    not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts (unit)"
)


def _count_periods(*sentences: str) -> list[str]:
    return [f["period"] for f in figures_for(RELEASE, "Омская область", *sentences) if "unit" in f]


@pytest.mark.parametrize(
    "text",
    [
        # a passive participle with no event: what stands signed, a total so far
        "Между районами двух областей подписано около 30 соглашений о сотрудничестве.",
        # what a side holds
        "На уровне районов у области заключено более 15 договоров о побратимстве.",
        # the count's own words say the things exist
        "Муниципалитеты края связаны с белорусскими городами 12 действующими соглашениями.",
        # a clause of its own after «, и»: «сегодня» and a verb in the present
        "Весной стороны подписали план поставок, и сегодня 300 погрузчиков готовятся к отправке.",
        # a relative clause's own verb, not the verb of the sentence around it
        "Губернатор напомнил, что это край, где работает около 2 тысяч промышленных предприятий.",
    ],
)
def test_a_count_that_stands_or_is_a_total_so_far_has_no_period(text):
    assert _count_periods(text) == [UNSTATED]


def test_a_count_in_the_present_takes_no_period_of_an_earlier_clause():
    text = "За 2023 год туда поставлено 40 погрузчиков, а на стройках края работают свыше 70 самосвалов."
    assert _count_periods(text) == ["2023", UNSTATED]


@pytest.mark.parametrize(
    "sentences",
    [
        # the event named in the sentence before
        ("В посольстве прошла церемония подписания контрактов.", "Подписано 7 контрактов на поставку техники."),
        # a delegation's members, with no verb
        ("В составе делегации края 35 человек.",),
        # an active verb: the release's own event
        ("Стороны подписали 4 соглашения о сотрудничестве.",),
    ],
)
def test_what_happens_at_an_event_is_dated_by_it(sentences):
    assert _count_periods(*sentences)[-1] == "2024-10"


def test_a_count_at_an_event_of_a_dated_day_takes_its_month():
    text = "3 сентября 2024 г. состоялась церемония передачи первой партии из 12 автобусов."
    assert _count_periods(text) == ["2024-09"]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("На предприятиях края работают 40 станков.", counts.STANDING),
        ("Между городами подписано 20 соглашений.", counts.SO_FAR),
        ("Стороны подписали 5 соглашений.", counts.AT_EVENT),
        ("На выставке представлено 60 предприятий.", counts.AT_EVENT),
    ],
)
def test_when_reads_the_count_own_statement(text, answer):
    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert counts.when(text, at, "", "", dated_before=False, running=False) == answer


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Между городами подписано около 20 соглашений.", True),
        ("В Ханое заключён договор на поставку 100 тракторов.", False),
    ],
)
def test_a_count_is_the_subject_of_a_passive_participle_or_inside_its_subject(text, subject):
    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert tenses.passive_subject(text, at) is subject


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году товарооборот составил 18,6 млн долларов и вдвое превысил уровень 2019 года — около 9 млн долларов.",
        "В 2023 году товарооборот составил 18,6 млн долларов против 9 млн долларов в 2019 году.",
    ],
)
def test_the_level_of_a_base_takes_the_base_period(text):
    found = figures_for(RELEASE, "Республика Гана", text)
    assert [f["period"] for f in found if f.get("value") is not None] == ["2023", "2019"]


def test_the_level_reached_after_a_dash_is_no_base_level():
    text = "В первом полугодии 2024 года товарооборот вырос на четверть к тому же периоду прошлого года — до 44 млн долларов."
    (figure,) = figures_for(RELEASE, "Республика Гана", text)
    assert figure["period"] == "2024-H1"


def test_a_level_said_of_now_in_its_own_clause_takes_no_period_around_it():
    text = ("Тогда стороны договорились нарастить товарооборот, который сегодня составляет 90 млн "
            "долларов; эту сумму можно удвоить.")
    found = figures_for(RELEASE, "Республика Гана", "В марте 2024 года прошли переговоры в Аккре.", text)
    assert [f["period"] for f in found if f.get("value") is not None] == [UNSTATED]


def test_a_dated_day_is_its_month_only_through_day_month():
    text = "3 сентября 2024 г. прошла церемония."
    (mention,) = periods.mentions(text, RELEASE)
    assert str(mention.period) == "2024"
    assert str(periods.day_month(text, mention).period) == "2024-09"


def test_what_a_side_holds_takes_no_period_of_the_sentence_before():
    found = _count_periods(
        "В 2023 году товарооборот области с Беларусью вырос на 12 %.",
        "Губернатор подчеркнул, что сегодня у области налажены связи с 7 районами Беларуси.",
    )
    assert found == [UNSTATED]


def test_a_document_term_before_a_colon_is_no_run_of_a_count():
    text = "Ориентиром служит план действий на 2024–2026 годы: уже выполнено 40 мероприятий из 90."
    assert _count_periods(text) == [UNSTATED]


def test_a_period_a_dash_joins_to_a_later_amount_is_not_the_earlier_one():
    text = "Планируем нарастить перевалку до 400 тысяч тонн, в 2026 году — и до 600 тысяч тонн."
    assert _count_periods(text) == [UNSTATED, "2026"]


def test_an_expectation_takes_no_part_of_a_year_of_an_earlier_statement():
    text = "За три месяца мы вышли на 40 тысяч тонн, а планируем нарастить перевалку до 300 тысяч тонн."
    assert _count_periods(text) == ["2024-01..03", UNSTATED]
