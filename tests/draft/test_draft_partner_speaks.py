"""A flow whose owner the words do not name, in a sentence reporting the words of the partner's
official, is the partner's (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft.sides import partner_speaks


def figures(partner: str, *sentences: str) -> list[dict]:
    return figures_for(dt.date(2025, 3, 12), partner, *sentences)


def exports(partner: str, sentence: str) -> dict:
    (f,) = [f for f in figures(partner, sentence) if f["indicator"] in ("exports", "imports")]
    return f


def test_the_partner_regions_official_speaks_of_its_exports():
    f = exports("Пензенская область", "Первый заместитель губернатора области Пётр Сидоров отметил, что в 2024 году "
                "товарооборот вырос на 12 %, а экспорт — на 20 %.")
    assert (f["indicator"], f.get("side")) == ("exports", "partner")


def test_the_partner_named_in_the_officials_post_after_a_dash():
    f = exports("Пензенская область", "«В 2024 году экспорт вырос на 20 %», — сказал министр экономики Пензенской "
                "области Пётр Сидоров.")
    assert f.get("side") == "partner"


def test_our_official_speaks_of_ours():
    f = exports("Пензенская область", "Председатель Гродненского облисполкома Иван Петров отметил, что в 2024 году "
                "экспорт вырос на 20 %.")
    assert "side" not in f


def test_no_official_no_side():
    f = exports("Пензенская область", "В 2024 году товарооборот вырос на 12 %, а экспорт — на 20 %.")
    assert "side" not in f


def test_a_flow_whose_owner_is_named_keeps_it():
    f = exports("Пензенская область", "Губернатор области Пётр Сидоров отметил, что в 2024 году белорусский экспорт "
                "в регион вырос на 20 %.")
    assert f["indicator"] == "exports" and "side" not in f


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("Губернатор края Иван Петров сообщил, что поставки выросли.", True),
        ("По словам вице-губернатора Пензенской области, поставки выросли.", True),
        ("Посол Беларуси в России Иван Петров отметил, что поставки выросли.", False),
        ("Глава региона отметил, что поставки выросли.", False),
        ("Иван Петров отметил, что поставки выросли.", False),
    ],
)
def test_whose_official_speaks(sentence, speaks):
    assert partner_speaks(sentence, ("пензен",), "кра" if "края" in sentence else "област") is speaks
