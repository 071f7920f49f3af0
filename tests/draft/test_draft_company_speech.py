"""Companies drafted only where a name is one: words in quotes that are someone's speech
are no company, an organisation that is the partner is no company of its own, and a
one-word name a release declined is put back as the company calls itself. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.parties import Partner, companies


def _names(sentence: str, partner: Partner | None = None) -> list[str]:
    return [c.data["name"] for c in companies([sentence], partner)]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Наша республика станет для вас верным союзником», — заявил премьер-министр.",
        "«В каждом квартале он только прибавляет», — отметила директор торгового дома.",
        "Министр подчеркнул: «Мы откроем рынок для новых поставщиков».",
        "«С нынешнего года всё изменится к лучшему», — сказал посол.",
        "Губернатор уверен: «Они обязательно вернутся к этому проекту».",
    ],
)
def test_words_in_quotes_that_are_speech_are_no_company(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Продукцию компании «Белшина» знают в регионе.", ["Белшина"]),
        ("В регионе работает холдинг «Горизонт», — сообщили в министерстве.", ["Горизонт"]),
        ("Сделку заключили ОАО «Гомельский химический завод» и партнёры.", ["Гомельский химический завод"]),
    ],
)
def test_company_names_in_quotes_stay(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("В Ереване работают три магазина «Мозырьхлеба».", "Мозырьхлеб"),
        ("Там открыты салоны «Гомельдрева» и склад.", "Гомельдрев"),
        ("Образцы мебели «Борисовдрева» показали гостям.", "Борисовдрев"),
        # a neuter name proper stays neuter
        ("Стеклоткани «Полоцкстекловолокна» закупают давно.", "Полоцкстекловолокно"),
        ("Специалисты «Белгоспроекта» подготовили проект.", "Белгоспроект"),
    ],
)
def test_a_declined_one_word_name_is_put_back_in_the_nominative(sentence, name):
    assert _names(sentence) == [name]


def test_the_partner_organisation_is_no_company_of_its_own():
    bank = Partner("Азиатский банк развития", "organisation", None, ("азиатск",))
    said = "Азиатский банк развития готов кредитовать белорусские проекты, сообщил Минский тракторный завод."
    assert _names(said, bank) == ["Минский тракторный завод"]
    # a country as the partner leaves a bank named in the text a company
    country = Partner("Республика Казахстан", "country", None, ("казах",))
    assert "Азиатский банк" in _names("Кредит выдал Азиатский банк.", country)
