"""Abbreviations official Russian writing uses for states, groups of states and bodies,
with the full names they stand for. An abbreviation takes the gender and number of its
full name's head noun («ЕАЭС» is «союз»: «ЕАЭС занял»; «КНР» is «республика»: «КНР
заняла»; «США» are «штаты»: «США заняли»); the dictionary only guesses at one it does not
know by its last letters («ЕАЭС» as a feminine), so nothing is guessed here.
"""

from __future__ import annotations

EXPANSIONS = {
    # groups of states and their bodies
    "СНГ": "Содружество Независимых Государств",
    "ЕАЭС": "Евразийский экономический союз",
    "ЕврАзЭС": "Евразийское экономическое сообщество",
    "ЕЭК": "Евразийская экономическая комиссия",
    "ШОС": "Шанхайская организация сотрудничества",
    "ЕС": "Европейский союз",
    "АСЕАН": "Ассоциация государств Юго-Восточной Азии",
    "ОДКБ": "Организация Договора о коллективной безопасности",
    "ООН": "Организация Объединённых Наций",
    "ВТО": "Всемирная торговая организация",
    "ССАГПЗ": "Совет сотрудничества арабских государств Персидского залива",
    "ЛАГ": "Лига арабских государств",
    # the United Nations' programmes, funds and agencies (their Russian names as the UN gives them)
    "ПРООН": "Программа развития Организации Объединённых Наций",
    "ЮНИСЕФ": "Детский фонд Организации Объединённых Наций",
    "ЮНФПА": "Фонд Организации Объединённых Наций в области народонаселения",
    "ФАО": "Продовольственная и сельскохозяйственная организация Объединённых Наций",
    "ЮНИДО": "Организация Объединённых Наций по промышленному развитию",
    "ЮНЕСКО": "Организация Объединённых Наций по вопросам образования, науки и культуры",
    # states
    "РФ": "Российская Федерация",
    "РБ": "Республика Беларусь",
    "КНР": "Китайская Народная Республика",
    "КНДР": "Корейская Народно-Демократическая Республика",
    "США": "Соединённые Штаты Америки",
    "ОАЭ": "Объединённые Арабские Эмираты",
    "ФРГ": "Федеративная Республика Германия",
    "ЮАР": "Южно-Африканская Республика",
    "СРВ": "Социалистическая Республика Вьетнам",
    "ДРК": "Демократическая Республика Конго",
    # companies' legal forms
    "ОАО": "открытое акционерное общество",
    "ЗАО": "закрытое акционерное общество",
    "ПАО": "публичное акционерное общество",
    "АО": "акционерное общество",
    "ООО": "общество с ограниченной ответственностью",
    "ОДО": "общество с дополнительной ответственностью",
    "СООО": "совместное общество с ограниченной ответственностью",
    "ИООО": "иностранное общество с ограниченной ответственностью",
    "УП": "унитарное предприятие",
    "РУП": "республиканское унитарное предприятие",
    "СП": "совместное предприятие",
    "ГК": "государственная корпорация",
    # bodies
    "МИД": "Министерство иностранных дел",
    "ТПП": "Торгово-промышленная палата",
    "БелТПП": "Белорусская торгово-промышленная палата",
    "БелЦЭК": "Белорусский центр экономической кооперации",
    "МТЗ": "Минский тракторный завод",
    "МАЗ": "Минский автомобильный завод",
    "БелАЗ": "Белорусский автомобильный завод",
}


# Abbreviations that are no body's name in a post: a company's legal form or a company
# («генеральный директор ОАО «МТЗ»» keeps them as the company writes its name).
COMPANY_WORDS = frozenset({"ОАО", "ЗАО", "ПАО", "АО", "ООО", "ОДО", "СООО", "ИООО", "УП", "РУП", "СП", "ГК",
                           "МТЗ", "МАЗ", "БелАЗ"})

# Bodies the press writes as one contracted word, declined as a noun («горисполкома»,
# «Миноблисполкому») or not at all («Минэкономики»), with the names they stand for.
CONTRACTED = {
    "Мингорисполком": "Минский городской исполнительный комитет",
    "Миноблисполком": "Минский областной исполнительный комитет",
    "горисполком": "городской исполнительный комитет",
    "облисполком": "областной исполнительный комитет",
    "райисполком": "районный исполнительный комитет",
    "облсовет": "областной Совет депутатов",
    "райсовет": "районный Совет депутатов",
    "Минэкономразвития": "Министерство экономического развития",
    "Минэкономики": "Министерство экономики",
    "Минпромторг": "Министерство промышленности и торговли",
    "Минсельхозпрод": "Министерство сельского хозяйства и продовольствия",
    "Минсельхоз": "Министерство сельского хозяйства",
    "Минфин": "Министерство финансов",
    "Минздрав": "Министерство здравоохранения",
    "Минобразования": "Министерство образования",
    "Минэнерго": "Министерство энергетики",
    "Минтранс": "Министерство транспорта",
    "Минпром": "Министерство промышленности",
    "Совмин": "Совет Министров",
}
# A contracted body's endings in each case (none: the nominative, or a word that never declines)
# Russia's regions whose name in the Constitution has a second part after a dash that the
# titles of their heads carry too («Губернатор Кемеровской области — Кузбасса»; the head of
# Chuvashia is «Глава Чувашской Республики», without it), by the first part in the genitive
# (as a post's complement names it) → the whole name in the genitive
TWO_PART_REGIONS = {
    "Кемеровской области": "Кемеровской области — Кузбасса",
    "Ханты-Мансийского автономного округа": "Ханты-Мансийского автономного округа — Югры",
    "Республики Северная Осетия": "Республики Северная Осетия — Алания",
}

_ENDINGS = {"": None, "а": "genitive", "у": "dative", "ом": "instrumental", "е": "prepositional"}


def contracted(word: str) -> tuple[str, str | None] | None:
    """The full name a contracted body's word stands for and the case its ending shows
    («горисполкома» → городской исполнительный комитет, genitive; «Минэкономики» → …,
    None: its case is the context's); None when the word is no such body. The longest
    contraction wins («Минсельхозпрод» is not «Минсельхоз» + «прод»)."""
    low = word.lower()
    for short in sorted(CONTRACTED, key=len, reverse=True):
        ending = low[len(short) :] if low.startswith(short.lower()) else None
        if ending in _ENDINGS and not (ending and short.lower().endswith(("и", "о"))):
            return CONTRACTED[short], _ENDINGS[ending]
    return None


def is_abbreviation(word: str) -> bool:
    """«ЕАЭС», «ШОС»: a word of two letters or more in capitals, or one written in mixed
    case that is known («ЕврАзЭС», «БелАЗ»)."""
    return word in EXPANSIONS or (len(word) > 1 and word.isupper() and "-" not in word)


def expansion(word: str) -> str | None:
    """The full name an abbreviation stands for, or None when it is not known."""
    return EXPANSIONS.get(word)


def made_of(abbreviation: str, words: list[str]) -> bool:
    """Whether an abbreviation (in lower case) is made of the words of a name (in lower
    case, in order), each giving its first letter and maybe more of its letters: «еабр» of
    «евразийский банк развития», «еэк», «мвф», «ебрр»."""
    if not words or not abbreviation:
        return not words and not abbreviation
    word = words[0]
    if abbreviation[0] != word[0]:
        return False
    for k in range(1, len(abbreviation) + 1):
        letters = iter(word[1:])
        if all(c in letters for c in abbreviation[1:k]) and made_of(abbreviation[k:], words[1:]):
            return True
    return False
