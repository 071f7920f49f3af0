"""Companies named in lists and with shared kinds, read from sentences written for these
tests: every name of a list, not only the first."""

from __future__ import annotations

import pytest

from memogen.draft.parties import companies


def _names(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.data["name"], c.data.get("legal_form")) for c in companies([sentence], None)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("На выставке показали технику МАЗ, МТЗ и БелАЗ.", [("МАЗ", None), ("МТЗ", None), ("БелАЗ", None)]),
        ("Автобусы МАЗ и МоАЗ выйдут на линии города.", [("МАЗ", None), ("МоАЗ", None)]),
        ("Закуплены тракторы МТЗ, а также ГАЗ.", [("МТЗ", None), ("ГАЗ", None)]),
        ("Контракт подписало ОАО БМЗ, МАЗ и Гомсельмаш участвуют в переговорах.", [("БМЗ", "ОАО"), ("МАЗ", None)]),
        # a state or a union after «и» is no company
        ("Поставки техники МАЗ и РФ обсудили отдельно.", [("МАЗ", None)]),
    ],
)
def test_every_short_name_of_a_list_is_a_company(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Республика сотрудничает с Минским тракторным и Минским автомобильным заводами.",
         ["Минский тракторный завод", "Минский автомобильный завод"]),
        ("Минский автомобильный и Гомельский вагоностроительный заводы расширят поставки.",
         ["Минский автомобильный завод", "Гомельский вагоностроительный завод"]),
        ("Делегация побывала на Слуцком сыродельном и Гродненском мясном комбинатах.",
         ["Слуцкий сыродельный комбинат", "Гродненский мясной комбинат"]),
    ],
)
def test_a_kind_shared_by_a_list_goes_to_each_name(sentence, names):
    assert [name for name, _ in _names(sentence)] == names


def test_names_in_quotes_and_foreign_forms_of_a_list():
    assert _names("В делегацию вошли руководители ОАО «Гомсельмаш», «Амкодор» и «Белшина».") == [
        ("Гомсельмаш", "ОАО"), ("Амкодор", None), ("Белшина", None)
    ]
    assert _names("Контракт заключили ООО «Агроснаб» и ЗАО «Промтех».") == [("Агроснаб", "ООО"), ("Промтех", "ЗАО")]
    assert [n for n, _ in _names("Среди участников — компании Siemens AG, Shanghai Electric Co., Ltd и Hoffmann GmbH.")] \
        == ["Siemens AG", "Shanghai Electric Co., Ltd", "Hoffmann GmbH"]


def test_names_in_quotes_after_other_nouns_are_no_companies():
    assert _names("Делегация посетила парк «Великий камень» и выставку «Белагро».") == []
    assert _names("Гости приняли участие в форуме «Беларусь — Африка» и конкурсе «Лучший экспортёр».") == []
