"""An international organisation as the partner (issue #10): a development bank, a fund,
a union's commission named more often than any place besides Belarus is the partner, of
kind `organisation`, in the nominative, known by the abbreviations made of its name; an
official whose post names it, by its name or its abbreviation, is the partner's even when
the post names Belarus as where it works. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft import sides
from memogen.draft.parties import companies, officials


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Азиатский банк инфраструктурных инвестиций рассмотрит заявки белорусских компаний.",
          "По словам представителя АБИИ, первые кредиты могут быть выданы весной."],
         "Азиатский банк инфраструктурных инвестиций"),
        (["Миссия Международного валютного фонда завершила работу в Минске.",
          "Эксперты МВФ обсудили с Правительством Беларуси бюджет на следующий год."],
         "Международный валютный фонд"),
        (["Евразийская экономическая комиссия одобрила предложения белорусской стороны.",
          "Решение ЕЭК вступит в силу через месяц."], "Евразийская экономическая комиссия"),
        (["Европейский банк реконструкции и развития вложил в белорусскую энергетику 300 млн евро.",
          "ЕБРР готов финансировать и дорожные проекты."], "Европейский банк реконструкции и развития"),
        (["Исполнительный комитет СНГ подготовил доклад о торговле.",
          "Беларусь поддержала предложения Исполнительного комитета СНГ."], "Исполнительный комитет СНГ"),
    ],
)
def test_an_organisation_named_more_than_any_place_is_the_partner(sentences, name):
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind, partner.country) == (name, "organisation", None)


def test_an_abbreviation_is_the_organisations_when_its_letters_open_the_words_of_its_name():
    found = sides.organisations(["Евразийский банк развития выдал кредит.", "ЕАБР и ЕЭК подписали меморандум."])
    assert found == {"Евразийский банк развития": (2, ("ЕАБР",))}


def test_a_place_named_more_than_an_organisation_stays_the_partner():
    partner = partner_of(
        "Казахстан и Беларусь обсудили совместные проекты в Астане.",
        "Казахстанская сторона предложила привлечь средства Евразийского банка развития.",
        "Товарооборот с Казахстаном вырос на 10 %.",
    )
    assert (partner.name, partner.kind) == ("Республика Казахстан", "country")


@pytest.mark.parametrize(
    ("sentences", "surname"),
    [
        (["Евразийский банк развития профинансирует строительство дороги в Беларуси.",
          "Об этом сообщил директор ЕАБР по Республике Беларусь Пётр Кузнецов."], "Кузнецов"),
        (["Международный валютный фонд направит в Минск новую миссию.",
          "Её возглавит руководитель отдела Международного валютного фонда Олег Никитин."], "Никитин"),
        (["Евразийская экономическая комиссия поддержала белорусские предложения.",
          "Член Коллегии ЕЭК Сергей Волков встретился с министром экономики Беларуси Иваном Орловым."], "Волков"),
    ],
)
def test_an_official_whose_post_names_the_partner_organisation_is_the_partners(sentences, surname):
    partner = partner_of(*sentences)
    found = {o.data["person"]["surname"]: o for o in officials(sentences, partner)}
    assert found[surname].data["side"] == "partner"


def test_our_minister_meeting_the_organisation_stays_ours():
    sentences = ["Евразийская экономическая комиссия поддержала белорусские предложения.",
                 "Член Коллегии ЕЭК Сергей Волков встретился с министром экономики Беларуси Иваном Орловым."]
    found = {o.data["person"]["surname"]: o for o in officials(sentences, partner_of(*sentences))}
    assert found["Орлов"].data["side"] == "ours"


def test_the_partner_organisation_is_no_company():
    sentences = ["Евразийский банк развития одобрил кредит заводу «Полимер».",
                 "Глава ЕАБР назвал проект важным."]
    names = [c.data["name"] for c in companies(sentences, partner_of(*sentences))]
    assert not any("банк" in n.lower() for n in names)


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Программа развития ООН поддержит в Беларуси проекты по энергоэффективности.",
          "ПРООН выделит на них 5 млн долларов."], "Программа развития Организации Объединённых Наций"),
        (["Детский фонд ООН передал белорусским больницам оборудование.",
          "Сотрудничество с Детским фондом ООН продлится до 2027 года."], "Детский фонд Организации Объединённых Наций"),
    ],
)
def test_a_body_of_the_united_nations_is_an_organisation_partner(sentences, name):
    # named as the United Nations name their bodies: «ООН» in full
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind) == (name, "organisation")


def test_our_representative_to_the_partner_organisation_is_ours():
    sentences = ["Евразийская экономическая комиссия одобрила белорусские предложения.",
                 "Решения ЕЭК поддержал постоянный представитель Республики Беларусь при ЕЭК Андрей Седов."]
    found = {o.data["person"]["surname"]: o for o in officials(sentences, partner_of(*sentences))}
    assert found["Седов"].data["side"] == "ours"
