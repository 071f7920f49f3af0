"""Things that are no items, seen in real releases outside the repository (issue #10): a
sentence cut inside a quoted name, a placeholder post inside an event's name, a quotation
mark left at a name's end, a company that is a legal form alone, a state or a medium, a
company's name running on over «и», the programme of a visit read as an agreement, a city
«named» by a lower-case word («в мэрии областного центра»). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import Release, draft_release, sentences, sides
from memogen.draft import items as prose
from memogen.draft import parties as who
from memogen.draft.words import balanced

RELEASE = dt.date(2025, 6, 10)


def _companies(*said: str) -> list[str]:
    return [c.data["name"] for c in who.companies(list(said), None)]


def _agreements(*said: str) -> list[str]:
    return [a.data["title"] for a in prose.agreements(list(said), RELEASE)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Открылась выставка «Россия – Китай. Новые горизонты» в Казани. Ее посетили гости.",
         "Открылась выставка «Россия – Китай. Новые горизонты» в Казани."),
        ('В Гродно прошел форум "Беларусь. Регионы будущего"\n\nЕго участники обсудили экспорт.',
         'В Гродно прошел форум "Беларусь. Регионы будущего"'),
    ],
)
def test_a_quoted_name_with_a_full_stop_stays_in_its_sentence(text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        'Министр сказал: "Мы довольны итогами года. Сотрудничество растет и будет расти дальше", - отметил он.',
        'Он отметил: "Мы строим школы. Мы строим больницы". По его словам, работа идет.',
    ],
)
def test_a_quoted_speech_of_several_sentences_is_still_cut(text):
    assert len(sentences(text)) >= 2


def test_an_event_is_never_named_by_the_placeholder_of_a_post():
    text = "Иван Петров встретился с министром промышленности Республики Беларусь. Стороны обсудили поставки техники."
    facts = draft_release(Release(text, None, None, None), RELEASE, url=None, file=None, name="test").facts
    assert all("уточнить" not in e.what for e in facts.events or [])


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ('Визит главы правительства"', "Визит главы правительства"),
        ("Выставка-ярмарка «", "Выставка-ярмарка"),
        ('"Форум регионов', "Форум регионов"),
        ("Форум «Беларусь – Оман»", "Форум «Беларусь – Оман»"),
        ('Выставка "Иннопром"', 'Выставка "Иннопром"'),
    ],
)
def test_a_name_keeps_no_quotation_mark_it_does_not_pair(name, tidy):
    assert balanced(name) == tidy


def test_a_companys_name_does_not_run_on_over_and():
    found = _companies("Делегация провела переговоры с руководством Гомельского вагоностроительного завода и "
                       "Бобруйского машиностроительного завода.")
    assert not any(name.endswith(" и") for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"ЗАО "Торговый дом" приглашает к участию в торгах", - говорится в сообщении.',
        "Экспозиция разместилась в павильоне «Республика Казахстан» на выставке.",
        'Гостей встретили в павильоне "Беларусь" у главного входа.',
        "Как ранее «Вечерний Минск» писал, завод расширяет выпуск.",
        "Об этом онлайн-радио «Голос Столицы» сообщили в мэрии.",
        "Работа идет по плану, — приводит ее слова «Минск-Новости».",
        "Как пишут «Известия», завод запущен в срок.",
    ],
)
def test_a_legal_form_a_state_or_a_medium_is_no_company(text):
    found = _companies(text)
    assert all(name not in ("ЗАО", "Республика Казахстан", "Беларусь", "Вечерний Минск", "Голос Столицы",
                            "Минск-Новости", "Известия") for name in found), found


def test_a_company_that_writes_a_report_stays_a_company():
    assert _companies("Компания «Белшина» пишет в отчете о росте продаж.") == ["Белшина"]


@pytest.mark.parametrize(
    "text",
    [
        "Согласно утвержденной программе визита, запланированы переговоры на высшем уровне.",
        "Соглашение будет подписано в рамках деловой программы губернатора на выставке.",
        "Стороны обсудили программу предстоящего заседания межправкомиссии, которое планируется провести в мае.",
        "Согласована программа пребывания делегации в Минске.",
    ],
)
def test_the_programme_of_a_visit_or_a_session_is_no_agreement(text):
    assert not any(t.lower().lstrip("«\"").startswith(("программ", "делов")) for t in _agreements(text)), text


def test_a_programme_of_cooperation_stays_an_agreement():
    found = _agreements("Стороны подписали программу сотрудничества между Минской областью и Татарстаном на 2025–2027 годы.")
    assert any(t.startswith("Программа сотрудничества") for t in found), found


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("Об этом сообщили в мэрии областного центра.", []),
        ("Вопрос обсудили в администрации города областного подчинения.", []),
        ("Делегацию принял мэр Казани.", ["город Казань"]),
        ("Письмо направлено в мэрию Бишкека.", ["город Бишкек"]),
    ],
)
def test_a_city_is_named_with_its_capital_letter(text, cities):
    assert sides.foreign_cities(text, False) == cities


def test_a_word_group_already_in_the_nominative_is_kept_as_written():
    from memogen.draft.words import nominative_head

    # a superlative's lemma is its positive: «Лучший» would come back as «Наихороший»
    assert nominative_head("Лучший город - лучшая жизнь", "gent") == "Лучший город - лучшая жизнь"
    assert nominative_head("губернатором Вологодской области") == "губернатор Вологодской области"
