"""Companies in the forms press releases give them, read from sentences written for these
tests: makers' short names declined in a list, plants sharing one kind and what they
make, two legal forms before a name, names in quotes that are documents or events, and a
company's side read from the place named next to it."""

from __future__ import annotations

import pytest

from memogen.draft.parties import Partner, companies


def _names(sentence: str, partner: Partner | None = None) -> list[tuple[str, str | None]]:
    return [(c.data["name"], c.data.get("legal_form")) for c in companies([sentence], partner)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Речь шла о закупках техники ведущих машиностроителей — МАЗа, БелАЗа и МТЗ.", ["МАЗ", "БелАЗ", "МТЗ"]),
        ("Область заинтересована в поставках тракторов МТЗ и БелАЗа.", ["МТЗ", "БелАЗ"]),
        ("Стороны договорились о сервисе для машин МоАЗа и БелАЗа.", ["МоАЗ", "БелАЗ"]),
        ("Партнёры знают продукцию белорусских заводов: МАЗ, МТЗ, БМЗ.", ["МАЗ", "МТЗ", "БМЗ"]),
        # state and body initials are no makers, declined or not
        ("Вопросы ЕАЭС и СНГ обсуждались в МИДе.", []),
        ("Соглашение одобрили РФ и РБ.", []),
    ],
)
def test_a_list_of_makers_short_names_in_any_case(sentence, names):
    assert [name for name, _ in _names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Гости осмотрели цеха Минского тракторного и Гомельского литейного заводов.",
         ["Минский тракторный завод", "Гомельский литейный завод"]),
        ("В экспозиции участвуют Пинский и Лидский заводы строительных материалов.",
         ["Пинский завод строительных материалов", "Лидский завод строительных материалов"]),
        ("Продукцию выпускает Оршанский комбинат хлебопродуктов.", ["Оршанский комбинат хлебопродуктов"]),
        ("Свою технику привёз Бобруйский завод тракторных деталей, а также Минский тракторный завод.",
         ["Бобруйский завод тракторных деталей", "Минский тракторный завод"]),
        # a plant's kind takes no complement in the singular: «завод региона» is whose it is
        ("Директор рассказал, что Витебский мясной комбинат региона наращивает выпуск.",
         ["Витебский мясной комбинат"]),
        # a short adjective after the kind is the sentence's predicate, not what the plant makes («готов» is no «готы»)
        ("Гомельский литейный завод готов расширить поставки.", ["Гомельский литейный завод"]),
        ("Сейчас Гомельский литейный завод тракторов не выпускает.", ["Гомельский литейный завод тракторов"]),
        # the names share the adjective before their kind too
        ("Сыры в Китай везут Слуцкий и Берёзовский сыродельные комбинаты.",
         ["Слуцкий сыродельный комбинат", "Берёзовский сыродельный комбинат"]),
        ("Договоры заключены со Слуцким и Берёзовским сыродельными комбинатами.",
         ["Слуцкий сыродельный комбинат", "Берёзовский сыродельный комбинат"]),
        # a word that is no adjective in the kind's case shares nothing: no list read
        ("Слуцкий и Берёзовский сыров комбинаты строят.", []),
    ],
)
def test_plants_with_a_shared_kind_and_what_they_make(sentence, names):
    assert [name for name, _ in _names(sentence)] == names


def test_two_legal_forms_before_a_name_in_quotes():
    assert _names("На стенде показали удобрения РУП ПО «Полесье» и автобусы РУПП «Нёман».") == [
        ("Полесье", "РУП ПО"), ("Нёман", "РУПП")
    ]
    # a one-word name in quotes stays in the nominative when it reads as one
    assert _names("Продукцию предприятия «Гроднокалий» знают в регионе.") == [("Гроднокалий", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны подписали «Дорожную карту» по развитию торговли.",
        "Правительства утвердили «Программу совместных действий» на три года.",
        "Делегация области выступила на выставке-ярмарке «Белорусская осень».",
        "Гости посетили форум-выставку «Регионы» и индустриальном парке «Северный» провели встречу.",
        "Гостей принимали в индустриальном парке «Великий камень».",
        # a rubric or piece of the press carrying the release
        "«Большое интервью»: Посол Беларуси рассказал о торговле.",
        "Телеканал показал «Деловой репортаж» о заводе.",
    ],
)
def test_names_in_quotes_of_documents_and_events_are_no_companies(sentence):
    assert _names(sentence) == []


def test_a_plants_place_and_kind_before_its_name_in_quotes_are_not_a_second_company():
    assert _names("Уральский завод «Стальмост» изготовит пролёты.") == [("Стальмост", None)]
    assert _names("Минский тракторный завод «Беларусь-Сервис» откроет центр.") == [
        ("Беларусь-Сервис", None), ("Минский тракторный завод", None)
    ]


def _sides(sentences: list[str], partner: Partner) -> dict[str, str]:
    return {c.data["name"]: c.data.get("side", "ours") for c in companies(sentences, partner)}


def test_the_place_named_next_to_a_company_gives_its_side():
    russia = Partner("Российская Федерация", "country", None, ("росси",))
    sentences = [
        "Соглашение с тюменским предприятием «Нефтемаш» подписало витебское предприятие «Двина».",
        "Ещё один контракт получило брестское предприятие «Гефест».",
    ]
    assert _sides(sentences, russia) == {"Нефтемаш": "partner", "Двина": "ours", "Гефест": "ours"}
    # a Russian region's adjective names the partner only when the partner is Russia
    kazakhstan = Partner("Республика Казахстан", "country", None, ("казахстан",))
    assert _sides(sentences[:1], kazakhstan) == {"Нефтемаш": "ours", "Двина": "ours"}


def test_a_name_in_quotes_in_a_list_after_a_company_named_by_its_kind_goes_to_the_nominative():
    said = ["Речь шла о МАЗ, Борисовском шинном заводе, «Керамине» и «Амкодоре»."]
    names = {c.data["name"] for c in companies(said, None)}
    assert {"Керамин", "Амкодор"} <= names
