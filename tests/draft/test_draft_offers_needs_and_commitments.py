"""Proposals said as a need or as the speaker's side binding itself (issue #10): «нужно» and
«надо» say a need as «необходимо» does; «будем …» binds the speaker's side as «планируем»
does; «решается вопрос о …» puts a deed under consideration; any «… задача — …» sets a deed.
An action whose object stood before it, one that names nothing, one of minding or watching,
and one run on past a contrast are no proposals. Sentences written for these tests; their
places and firms are invented."""

from __future__ import annotations

from memogen.draft.offers import proposals


def _actions(*said: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(said))]


def test_a_need_said_with_nuzhno_is_a_proposal():
    assert _actions("Двум столицам нужно наращивать поставки мебели.") == ["Наращивать поставки мебели"]


def test_a_need_said_with_nado_is_a_proposal():
    assert _actions("По словам министра, надо открыть в Бресте склад запчастей.") == ["Открыть в Бресте склад запчастей"]


def test_the_speakers_side_binding_itself_is_a_proposal():
    assert _actions("«Будем строить вместе зерносушилки и элеваторы», — сказал губернатор.") == [
        "Строить вместе зерносушилки и элеваторы"
    ]


def test_a_question_being_settled_is_a_deed_under_consideration():
    assert _actions("Сейчас решается вопрос о создании совместной лизинговой компании.") == [
        "Создание совместной лизинговой компании"
    ]


def test_any_task_set_with_a_dash_is_a_proposal():
    assert _actions("Основная задача — наладить сборку автобусов в Кызыле.") == ["Наладить сборку автобусов в Кызыле"]


def test_an_object_put_before_the_need_goes_after_the_verb():
    assert _actions("Встречную торговлю нужно увеличивать, поэтому вопрос важный.") == ["Увеличивать встречную торговлю"]


def test_two_verbs_with_their_object_before_them_take_it_after_them():
    assert _actions("Нельзя терять темп: поставки льна надо сохранять и наращивать.") == [
        "Сохранять и наращивать поставки льна"
    ]


def test_a_subject_first_is_no_object_put_before():
    assert _actions("Шаг вперёд стороны хотят сделать в медицине.") == []


def test_an_action_naming_nothing_is_no_proposal():
    assert _actions("Это то, чем нужно напрямую заниматься.") == []


def test_minding_or_watching_is_no_deed():
    assert _actions("Нам нужно помнить о рынках Азии.", "Будем наблюдать рост продаж.") == []


def test_a_contrast_ends_the_action():
    assert _actions("Надо создавать выгодные условия для фермеров, а остальное бизнес сделает сам.") == [
        "Создавать выгодные условия для фермеров"
    ]


def test_a_contrast_with_another_deed_goes_on():
    assert _actions("Область собирается продавать партнёрам лён, а закупать у них хлопок.") == [
        "Продавать партнёрам лён", "Закупать у них хлопок"
    ]


def test_pointing_back_in_any_case_leaves_no_proposal():
    assert _actions("И впредь будем держаться тех же принципов.") == []


def test_a_headlines_speaker_after_a_dash_is_no_part_of_the_action():
    assert _actions("Минск готов поставлять Тамбову автобусы и трамваи — Петришенко") == [
        "Поставлять Тамбову автобусы и трамваи"
    ]


def test_a_also_before_another_infinitive_makes_another_offer():
    assert _actions("Губернатор предложил белорусским фирмам строить в крае школы, а также сотрудничать в сфере IT.") == [
        "Строить в крае школы", "Сотрудничать в сфере IT"
    ]


def test_a_thing_named_in_latin_letters_is_specific():
    from memogen.draft.offers import specific

    assert specific("Развивать сотрудничество в сфере IT")
    assert not specific("Развивать сотрудничество во всех сферах")
