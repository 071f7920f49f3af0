"""Statistics of Belarus's trade broken down by groups of states (issue #10): the flows to
a group named after «страны», the trade «со странами вне …» named before its word, «these
states» of the sentence before, a flow whose verb is left out, and a whole that is the sum
of two parts stated later; growth said as «, что на N % меньше». Sentences written for
these tests, in our own words."""

from __future__ import annotations

import datetime as dt

from memogen.draft import draft_release
from memogen.draft.read import Release

WHEN = dt.date(2019, 4, 10)


def _figures(text: str, when: dt.date = WHEN) -> list[tuple]:
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [
        (f.indicator, f.value, f.growth.change if f.growth else None, f.counterparty.name if f.counterparty else None,
         f.side)
        for f in facts.figures
    ]


# a release about the CIS as a group of states: Belarus's trade with it, and with the rest
GROUP = (
    "Товарооборот Беларуси со странами СНГ за январь–март 2019 года составил 5 млрд 100 млн долларов. "
    "Экспорт в страны СНГ вырос на 6 % — до 2 млрд 300 млн долларов, импорт из них уменьшился на 2,5 % и составил "
    "2 млрд 800 млн долларов. "
)


def test_exports_to_the_states_of_a_group_that_is_the_partner_are_ours():
    found = _figures(GROUP)
    assert found[1:] == [("exports", 2300, 6, None, "ours"), ("imports", 2800, -2.5, None, "ours")]


def test_trade_with_the_states_outside_a_group_is_named_before_its_word():
    text = GROUP + "Со странами вне СНГ товарооборот за тот же период составил 3 млрд 900 млн долларов."
    assert _figures(text)[-1] == ("turnover", 3900, None, "страны вне СНГ", "ours")


def test_these_states_are_those_the_sentence_before_named():
    text = GROUP + (
        "Со странами вне СНГ товарооборот составил 3 млрд 900 млн долларов. "
        "Экспорт в эти страны вырос на 4 % и составил 2 млрд 100 млн долларов, импорт — на 1,5 %, до 1 млрд 800 млн "
        "долларов."
    )
    assert _figures(text)[-2:] == [
        ("exports", 2100, 4, "страны вне СНГ", "ours"),
        ("imports", 1800, 1.5, "страны вне СНГ", "ours"),
    ]


def test_a_whole_that_is_the_sum_of_two_later_parts_is_trade_with_every_country():
    text = (
        "В январе–марте 2019 года экспорт составил 4 млрд 400 млн долларов. "
        + GROUP
        + "В государства вне СНГ экспорт составил 2 млрд 100 млн долларов."
    )
    assert _figures(text)[0] == ("exports", 4400, None, "все страны", "ours")


def test_a_placeless_flow_no_parts_sum_to_stays_the_partners():
    text = "В январе–марте 2019 года экспорт составил 4 млрд 500 млн долларов. " + GROUP
    assert _figures(text)[0][3] is None


def test_a_growth_said_with_chto_is_the_figures_own():
    for said, change in (("что на 24 % меньше", -24), ("что на 7,5 % больше", 7.5), ("то есть на 3 % ниже", -3)):
        text = f"Товарооборот Беларуси с Вьетнамом в 2018 году составил 400 млн долларов, {said}."
        assert [(i, v, g) for i, v, g, _, _ in _figures(text)] == [("turnover", 400, change)]


def test_a_growth_of_its_own_sentence_goes_to_that_sentences_level():
    text = (
        "В 2018 году экспорт Беларуси в Кению составил 30 млн долларов. "
        "Импорт из Кении сократился на 12 % и составил 8 млн долларов, а экспорт вырос на 9 %."
    )
    found = _figures(text)
    assert [(i, v, g) for i, v, g, _, _ in found] == [("exports", 30, 9), ("imports", 8, -12)]
