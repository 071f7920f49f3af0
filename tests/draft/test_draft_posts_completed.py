"""Posts a release leaves short, completed as a memo writes them: where an ambassador
serves, a minister named by his ministry's field alone, a state after its parliament's
name, a republic of Russia by its official name, a bare «республики» only for a partner of
that kind, and one note for a diplomat named with no state. Sentences written for these
tests."""

from __future__ import annotations

from memogen.draft import sides
from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_a_foreign_ambassador_named_without_where_he_serves_serves_in_belarus():
    found = drafted("Вице-премьер Беларуси Виктор Каранкевич обсудил с послом Кении Джоном Мваниги поставки "
                    "тракторов в Кению.")
    assert found["Мваниги"].data["position"] == "Посол Республики Кения в Республике Беларусь"
    assert found["Мваниги"].data["side"] == "partner" and found["Мваниги"].mark == "check"


def test_our_ambassador_named_without_where_he_serves_serves_in_the_partners_state():
    found = drafted("Посол Беларуси Игорь Сокол вручил верительные грамоты в Анкаре, сообщили в МИД Турции.",
                    "Турция и Беларусь расширяют торговлю.")
    assert found["Сокол"].data["position"] == "Посол Республики Беларусь в Турецкой Республике"
    found = drafted("Губернатор Псковской области Михаил Ведерников принял посла Беларуси Дмитрия Крутого.")
    assert found["Крутой"].data["position"] == "Посол Республики Беларусь в Российской Федерации"


def test_an_ambassador_named_with_where_he_serves_is_left_as_named():
    found = drafted("В Минске выступил посол Китая в Беларуси Се Сяоюн.")
    assert found["Сяоюн"].data["position"] == "Посол Китайской Народной Республики в Республике Беларусь"


def test_a_minister_named_by_his_ministrys_field_alone_is_ours_in_a_release_about_a_state():
    for sentence, post in (
        ("Поставки в Кению выросли вдвое, сообщил министр промышленности Александр Ефимов.",
         "Министр промышленности Республики Беларусь"),
        ("В Анголу отправлена партия техники, рассказал первый заместитель министра сельского хозяйства Юрий "
         "Горлов.", "Первый заместитель министра сельского хозяйства Республики Беларусь"),
    ):
        official = next(iter(drafted(sentence).values()))
        assert official.data["position"] == post, sentence
        assert official.data["side"] == "ours" and official.mark == "check", sentence
    # a foreign minister names his state; a regional one his region
    found = drafted("В Кению прибыл заместитель министра промышленности Кении Джеймс Оуко.")
    assert found["Оуко"].data["position"] == "Заместитель министра промышленности Республики Кения"
    found = drafted("Министр промышленности Вологодской области Иван Петров посетил Минск.")
    assert found["Петров"].data["position"] == "Министр промышленности Вологодской области"


def test_a_state_named_after_its_parliament_goes_by_its_official_name():
    found = drafted("В Ереване выступил председатель Совета Республики Национального собрания Беларуси Игорь "
                    "Сергеенко вместе с делегацией Армении.")
    assert found["Сергеенко"].data["position"].endswith("Национального собрания Республики Беларусь")
    found = drafted("Делегацию возглавил депутат Государственной думы России Иван Петров.")
    assert found["Петров"].data["position"] == "Депутат Государственной думы Российской Федерации"


def test_a_republic_of_russia_named_by_its_noun_goes_by_its_official_name():
    assert sides.russian_republics("Башкортостана") == ["Республика Башкортостан"]
    assert sides.russian_republics("Казахстана") == [] and sides.russian_republics("Беларуси") == []
    found = drafted("Глава Татарстана Рустам Минниханов принял белорусскую делегацию в Казани.")
    assert found["Минниханов"].data["position"] == "Глава Республики Татарстан"
    assert found["Минниханов"].data["side"] == "partner"


def test_a_bare_republic_is_the_partners_only_when_the_partner_is_one():
    said = ("Товарооборот Беларуси со странами СНГ растёт, а на СНГ приходится половина торговли.",
            "Об этом сообщил Глава республики Ильдар Сафин.")
    official = drafted(*said)["Сафин"]
    assert "Содружества" not in official.data["position"] and official.data["side"] == "partner"
    said = ("Торговля Беларуси с Республикой Дагестан выросла.", "Глава республики Сергей Мелик заявил об этом.")
    assert drafted(*said)["Мелик"].data["position"] == "Глава Республики Дагестан"


def test_a_diplomat_named_with_no_state_gets_one_note_on_his_side():
    official = drafted("Посол Иван Петров встретился с министром транспорта Кении.")["Петров"]
    side_notes = [note for note in official.notes if "side" in note]
    assert len(side_notes) == 1 and side_notes[0].startswith("a diplomat named with no state")


def test_a_post_of_a_presidents_office_is_our_presidents_when_the_sentence_names_him():
    found = drafted("Беларусь и Ангола развивают торговлю.",
                    "Президент Беларуси Александр Лукашенко заслушал доклад помощника Президента Юрия Шулейко.")
    assert found["Шулейко"].data["position"] == "Помощник Президента Республики Беларусь"
    assert found["Шулейко"].data["side"] == "ours" and found["Шулейко"].mark == "check"
    found = drafted("Беларусь и Ангола развивают торговлю.",
                    "Глава государства заслушал доклад помощника Президента Юрия Шулейко.")
    assert found["Шулейко"].data["position"] == "Помощник Президента"
