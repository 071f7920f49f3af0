"""Several offers in one sentence: a list of infinitives under one word of offering, each
with words of its own, is one proposal each; verbs that share an object, verbs after a dash
that say what the deed before them is, and parts that would be no proposal alone stay one.
An offer named by its noun in any case («о готовности …») is an offer, and a second one
named after it is its own. The sentences were written for these tests (their places,
people and companies are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Завод готов открыть в Пскове склад запчастей и обучать местных механиков.",
         ["Открыть в Пскове склад запчастей", "Обучать местных механиков"]),
        ("Мы готовы передать Курганской области опыт мелиорации, предложить ей саженцы яблонь, "
         "а также увеличить поставки в регион сыров.",
         ["Передать Курганской области опыт мелиорации", "Предложить ей саженцы яблонь",
          "Увеличить поставки в регион сыров"]),
        ("Комбинат намерен не только продавать в Омане удобрения, но и строить там склады.",
         ["Продавать в Омане удобрения", "Строить там склады"]),
    ],
)
def test_each_infinitive_with_words_of_its_own_is_an_offer(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # the verbs share one object
        ("Стороны готовы производить и поставлять в Тулу лифты.", "Производить и поставлять в Тулу лифты"),
        ("Область хочет как расширять действующие, так и открывать новые теплицы.",
         "Расширять действующие, так и открывать новые теплицы"),
        # after a dash the verbs tell what the deed before them is
        ("Минск готов помогать коллегам из Тувы — проектировать и строить элеваторы, обновлять парк комбайнов.",
         "Помогать коллегам из Тувы — проектировать и строить элеваторы, обновлять парк комбайнов"),
        # a part that alone would be no proposal: relations livelier, a deed on something named before, an event
        ("Стороны готовы активизировать связи и искать новые рынки для льна.",
         "Активизировать связи и искать новые рынки для льна"),
        ("Министры хотят вернуть торговлю зерном к прежнему уровню и расширить её географию.",
         "Вернуть торговлю зерном к прежнему уровню и расширить её географию"),
        ("Районы намерены обмениваться хорами, а также проводить совместные фестивали.",
         "Обмениваться хорами, а также проводить совместные фестивали"),
    ],
)
def test_a_list_that_is_one_deed_stays_one(sentence, action):
    assert _actions(sentence) == [action]


def test_a_readiness_named_by_its_noun_in_any_case_is_an_offer():
    assert _actions("Посол заявил о готовности строить в Якутии фермы под ключ.") == ["Строить в Якутии фермы под ключ"]


def test_a_second_readiness_after_the_first_is_its_own_offer():
    said = "Мэр заявил о готовности закупать в Бресте автобусы, а также о готовности принять в городе белорусских студентов."
    assert _actions(said) == ["Закупать в Бресте автобусы", "Принять в городе белорусских студентов"]


def test_there_is_is_no_second_deed():
    assert _actions("Завод готов поставлять в край лифты, но есть вопросы по цене.") == ["Поставлять в край лифты"]
