"""The PDF writer, tested by reading its output back: text, fonts, metadata, geometry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest

from kitchen_sink import kitchen_sink
from memogen.document import (
    Cell,
    ExecutorMark,
    Figure,
    Heading,
    Image,
    Memo,
    Meta,
    Paragraph,
    SignatureBlock,
    Table,
    Text,
)
from memogen.themes.model import Margins, Signature, Theme, Typography
from memogen.writers.pdf import write_pdf
from readback import (
    MM,
    STANDARD_14,
    all_text,
    assert_qpdf_check,
    chars_of,
    chars_of_or_none,
    content_stream,
    find_words,
    fonts,
    metadata,
    needs_pdffonts,
    needs_qpdf,
    one_line,
    page_texts,
    pages,
    pdffonts,
)

THEME = Theme()
PAGE_W, PAGE_H = 595.28, 841.89
LEFT = THEME.margins.left * MM
RIGHT_EDGE = PAGE_W - THEME.margins.right * MM
TOP = THEME.margins.top * MM
MM_TOL = 1 * MM


@pytest.fixture(scope="module")
def ks_pdf() -> bytes:
    return write_pdf(kitchen_sink(), THEME)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return write_pdf(kitchen_sink(actions=60, table_rows=80), THEME)


@pytest.fixture(scope="module")
def ks_pages(ks_pdf):
    return pages(ks_pdf)


@pytest.fixture(scope="module")
def long_pages(long_pdf):
    return pages(long_pdf)


def _memo(*blocks, **meta) -> Memo:
    meta.setdefault("title", "о проверке")
    return Memo(Meta(date=dt.date(2025, 8, 25), **meta), tuple(blocks))


# --- text ----------------------------------------------------------------------------


def test_every_piece_of_text_is_there(ks_pdf):
    text = one_line(all_text(ks_pdf))
    for piece in [
        "Для служебного пользования",
        "Экз. № 1",
        "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ",
        "СПРАВКА",
        "о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации",
        "по состоянию на 01.07.2025",
        "1. Общие сведения",
        "678,1 млн долларов США",
        "100,9 %",
        "По данным Белстата.",
        "Примечание: данные предварительные.",
        "Строка по центру",
        "Строка справа",
        "1.1. Торговля",
        "Таблица 1 — Динамика товарооборота",
        "млн долларов США",
        "Темп роста",
        "335,0",
        "100,2 %",
        "Рисунок 1 — Товарооборот, млн долларов США",
        "первый пункт",
        "со второй строкой",
        "вложенный пункт",
        "2. Предложения",
        "Действие 3: принять участие",
        "Приложение: на 2 л. в 1 экз.",
        "Заместитель Премьер-министра",
        "В.И.Каранкевич",
        "25.08.2025",
        "Иванова 222 33 44",
    ]:
        assert piece in text, piece


def test_title_has_no_added_full_stop(ks_pdf):
    assert "Российской Федерации." not in one_line(all_text(ks_pdf))


def test_markup_characters_are_escaped():
    pdf = write_pdf(_memo(Paragraph((Text("a < b & c > d <b>не жирный</b>"),))), THEME)
    assert "a < b & c > d <b>не жирный</b>" in one_line(all_text(pdf))


def test_heading_is_bold_and_numbered(ks_pages):
    word = find_words(ks_pages[0], "Общие")[0]
    assert "Bold" in word["fontname"]
    assert find_words(ks_pages[0], "1.")[0]["x0"] == pytest.approx(LEFT, abs=0.5)


def test_strong_and_emph_use_theme_faces(ks_pages):
    strong = chars_of(ks_pages[0], "678,1")
    emph = chars_of(ks_pages[0], "100,9")
    assert all("LiberationSerif-Bold" in c["fontname"] for c in strong)
    assert all("LiberationSerif-Italic" in c["fontname"] for c in emph)


def test_lists_have_dash_bullets_numbers_and_nesting(ks_pdf, ks_pages):
    text = all_text(ks_pdf)
    assert "– первый пункт" in text
    assert re.search(r"^\s*1\. Действие 1", text, re.M)
    page = next(p for p in ks_pages if find_words(p, "вложенный"))
    nested = find_words(page, "вложенный")[0]["x0"]
    parent = find_words(page, "второй")[0]["x0"]
    assert nested > parent + 3 * MM


def test_hyphenation_follows_the_theme():
    long = " ".join(["сотрудничество взаимодействие машиностроительный"] * 12)
    memo = _memo(Paragraph((Text(long),)))
    on = page_texts(write_pdf(memo, THEME))[0]
    off = page_texts(write_pdf(memo, Theme(typography=Typography(hyphenate=False))))[0]
    # A hyphen added at a line end is drawn as a soft hyphen (tests/writers/test_native_pdf.py).
    assert re.search(r"[а-я]\u00ad$", on, re.M), on
    assert not re.search(r"[а-я][-\u00ad]$", off, re.M), off


# --- fonts ---------------------------------------------------------------------------


def test_every_font_is_an_embedded_truetype(ks_pdf, long_pdf):
    for pdf in (ks_pdf, long_pdf):
        found = fonts(pdf)
        assert found
        for f in found:
            assert f["embedded"] and f["truetype"], f
            assert not any(f["name"].endswith(s) for s in STANDARD_14), f


def test_no_standard_font_name_anywhere_in_the_file(ks_pdf):
    for name in STANDARD_14:
        assert f"/{name}".encode() not in ks_pdf, name


@needs_pdffonts
def test_pdffonts_reports_every_font_embedded(long_pdf):
    rows = pdffonts(long_pdf)
    assert rows
    for row in rows:
        assert row.embedded and row.unicode, row.line


# --- page and metadata -----------------------------------------------------------------


def test_pages_are_a4(long_pages):
    for p in long_pages:
        assert (p.width, p.height) == pytest.approx((PAGE_W, PAGE_H), abs=0.01)


def test_metadata(ks_pdf):
    info, lang = metadata(ks_pdf)
    assert info["/Title"].startswith("Справка о сотрудничестве Республики Беларусь")
    assert info["/Author"] == "memogen"
    assert info["/Subject"] == "Справка"
    assert info["/CreationDate"].startswith("D:20250825")
    assert lang == "ru-RU"


def test_same_memo_gives_same_bytes(ks_pdf, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the writer reads no environment
    assert write_pdf(kitchen_sink(), THEME) == ks_pdf


def test_created_wins_over_the_memo_date():
    memo = _memo(Paragraph((Text("Текст"),)))
    created = dataclasses.replace(memo.meta, created=dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC))
    info, _ = metadata(write_pdf(dataclasses.replace(memo, meta=created), THEME))
    assert info["/CreationDate"].startswith("D:20231114221320")


@needs_qpdf
def test_qpdf_check_passes(long_pdf):
    assert_qpdf_check(long_pdf)


# --- geometry of text --------------------------------------------------------------------


def test_text_stays_inside_the_margins(long_pages):
    lefts = []
    for p in long_pages:
        body = [c for c in p.chars if c["text"].strip() and c["top"] > 20 * MM]
        lefts.append(min(c["x0"] for c in body))
        assert lefts[-1] >= LEFT - 0.5  # table pages start 3 pt in: the cell padding
        assert max(c["x1"] for c in body) <= RIGHT_EDGE + 0.5
        # baselines, not glyph boxes: a descender may dip below the last line's box
        assert max(c["baseline"] for c in body) <= PAGE_H - THEME.margins.bottom * MM
    assert min(lefts) == pytest.approx(LEFT, abs=MM_TOL)
    first = long_pages[0]
    assert min(c["top"] for c in first.chars) >= TOP - 0.5


def test_body_paragraph_is_justified_with_first_line_indent(ks_pages):
    page = ks_pages[0]
    first = chars_of(page, "Товарооборот")[0]
    second = chars_of(page, "ставляет")[0]  # the word after the hyphenated break
    assert first["x0"] == pytest.approx(LEFT + THEME.typography.first_line_indent_cm * 10 * MM, abs=0.5)
    assert second["x0"] == pytest.approx(LEFT, abs=1)
    line = [c for c in page.chars if abs(c["baseline"] - first["baseline"]) < 0.1]
    assert max(c["x1"] for c in line) == pytest.approx(RIGHT_EDGE, abs=1)


def test_other_paragraph_roles(ks_pages):
    page = ks_pages[0]
    plain = chars_of(page, "Примечание")[0]
    centered = chars_of(page, "Строка по центру")
    right = chars_of(page, "Строка справа")
    assert plain["x0"] == pytest.approx(LEFT, abs=0.5)
    mid = (centered[0]["x0"] + centered[-1]["x1"]) / 2
    assert mid == pytest.approx((LEFT + RIGHT_EDGE) / 2, abs=1)
    assert right[-1]["x1"] == pytest.approx(RIGHT_EDGE, abs=1)


def test_body_leading_is_single_spacing(ks_pages):
    page = ks_pages[0]
    a = chars_of(page, "Товарооборот")[0]["baseline"]
    b = chars_of(page, "ставляет")[0]["baseline"]
    assert b - a == pytest.approx(THEME.sizes.body * 1.15, abs=0.05)


def test_page_numbers_from_page_two(long_pages):
    assert len(long_pages) >= 4
    top_band = 20 * MM
    first = long_pages[0]
    assert not [w for w in first.words if w["text"].isdigit() and w["top"] < top_band]
    centre = (LEFT + RIGHT_EDGE) / 2
    for p in long_pages[1:]:
        marks = [w for w in p.words if w["top"] < top_band]
        assert [w["text"] for w in marks] == [str(p.number)]
        w = marks[0]
        assert (w["x0"] + w["x1"]) / 2 == pytest.approx(centre, abs=1)
        assert w["size"] == pytest.approx(THEME.sizes.page_number)
        baseline = chars_of(p, str(p.number))[0]["baseline"]
        assert baseline == pytest.approx(THEME.typography.page_number_from_top_mm * MM, abs=0.5)


def test_page_number_uses_theme_font(long_pages):
    p = long_pages[1]
    assert "LiberationSerif" in chars_of(p, str(p.number))[0]["fontname"]


# --- tables --------------------------------------------------------------------------


def test_table_header_and_continuation_repeat(long_pages):
    table_pages = [p for p in long_pages if find_words(p, "Темп")]
    assert len(table_pages) >= 2
    first, *rest = table_pages
    assert "Таблица 1" in one_line(" ".join(w["text"] for w in first.words))
    assert not chars_of_or_none(first, "Продолжение таблицы 1")
    for p in rest:
        label = chars_of(p, "Продолжение таблицы 1")
        header = chars_of(p, "Темп роста")
        assert label[0]["top"] < header[0]["top"]  # the label stands above the header
        assert label[-1]["x1"] == pytest.approx(RIGHT_EDGE, abs=1)


def test_table_rows_are_never_split(long_pages):
    seen = []
    for p in long_pages:
        for w in p.words:
            if re.fullmatch(r"20\d\d", w["text"]) and w["x0"] < LEFT + 5 * MM:
                line = [x["text"] for x in p.words if abs(x["top"] - w["top"]) < 1]
                assert len(line) == 4, line  # year, value, percent, «%»
                seen.append(w["text"])
    assert seen == [str(2020 + i) for i in range(80)]


def test_table_font_size_and_alignment(ks_pages):
    page = ks_pages[0]
    cell = chars_of(page, "335,0")
    assert cell[0]["size"] == pytest.approx(THEME.sizes.table)
    header = chars_of(page, "Темп роста")
    # the last column is right-aligned: its values end 3 pt (padding) before the table edge
    assert chars_of(page, "100,0 %")[-1]["x1"] == pytest.approx(RIGHT_EDGE - 3, abs=0.5)
    assert header[0]["size"] == pytest.approx(THEME.sizes.table)


def test_table_column_widths_follow_relative_widths(ks_pages):
    page = ks_pages[0]
    text_w = RIGHT_EDGE - LEFT
    temp = find_words(page, "Темп")[0]
    col3 = temp["x0"]
    col2 = next(w["x0"] for w in find_words(page, "млн") if abs(w["top"] - temp["top"]) < 1)
    assert col2 == pytest.approx(LEFT + text_w * 2 / 7 + 3, abs=0.5)
    assert col3 == pytest.approx(LEFT + text_w * 5 / 7 + 3, abs=0.5)


# --- footnotes ------------------------------------------------------------------------


def test_footnote_at_the_foot_of_its_page(ks_pages):
    page = ks_pages[0]
    marker = chars_of(page, "года1")[-1]
    body = chars_of(page, "года1")[0]
    assert marker["size"] < body["size"] and marker["bottom"] < body["bottom"] - 2  # raised
    note = chars_of(page, "По данным Белстата.")
    assert note[0]["size"] == pytest.approx(THEME.sizes.small)
    assert note[-1]["baseline"] <= PAGE_H - THEME.margins.bottom * MM
    assert note[0]["top"] > max(c["bottom"] for c in page.chars if c["size"] > THEME.sizes.small + 1 and c["top"] < note[0]["top"])
    assert note[0]["top"] > PAGE_H * 2 / 3


def test_footnote_room_is_reserved(long_pages):
    page = long_pages[0]
    note = chars_of(page, "По данным Белстата.")[0]
    others = [c for c in page.chars if c["size"] > THEME.sizes.small + 1]
    assert max(c["bottom"] for c in others) < note["top"]


# --- figure ---------------------------------------------------------------------------


def _chart_with_text() -> bytes:
    from kitchen_sink import _chart

    return _chart()[0]


def test_figure_is_vector_and_keeps_its_text():
    fig = Figure((Text("Рисунок 1 — Товарооборот"),), "Товарооборот", 160, 71, svg=_chart_with_text())
    pdf = write_pdf(_memo(fig), THEME)
    page = pages(pdf)[0]
    assert not page.images
    assert page.curves > 0
    stream = content_stream(pdf, 0)
    assert re.search(rb"\sre\s|\sl\s|\sc\s", stream)
    assert "2024" in page_texts(pdf)[0]
    for f in fonts(pdf):
        assert f["embedded"] and not any(f["name"].endswith(s) for s in STANDARD_14), f
    assert any("LiberationSans" in f["name"] for f in fonts(pdf))
    caption = chars_of(page, "Рисунок 1")
    assert (caption[0]["x0"] + chars_of(page, "Товарооборот")[-1]["x1"]) / 2 == pytest.approx(
        (LEFT + RIGHT_EDGE) / 2, abs=1)


def test_figure_size_and_caption_below(ks_pdf):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(ks_pdf)) as doc:
        page = doc.pages[0]
        bars = [r for r in page.rects if r["height"] > 5 * MM and r["width"] < 60 * MM]
        frame = [r for r in page.rects if r["width"] > 100 * MM]
    caption = chars_of(pages(ks_pdf)[0], "Рисунок 1")[0]
    assert len(bars) == 3  # the three bars of the chart, drawn as vector rectangles
    assert max(r["bottom"] for r in bars) < caption["top"]
    # the chart spans 160 mm, centred: its background rectangle is the drawing's extent
    widest = max(frame, key=lambda r: r["width"])
    assert widest["width"] == pytest.approx(160 * MM, abs=1)
    assert (widest["x0"] + widest["x1"]) / 2 == pytest.approx((LEFT + RIGHT_EDGE) / 2, abs=1)


def test_png_is_used_when_there_is_no_svg():
    from kitchen_sink import _chart

    _, png = _chart()
    fig = Figure((Text("Рисунок 1"),), "Картинка", 100, 44, png=png)
    page = pages(write_pdf(_memo(fig), THEME))[0]
    assert len(page.images) == 1
    img = page.images[0]
    assert img["x1"] - img["x0"] == pytest.approx(100 * MM, abs=0.5)
    assert (img["x0"] + img["x1"]) / 2 == pytest.approx((LEFT + RIGHT_EDGE) / 2, abs=0.5)


def test_figure_without_pictures_is_reported():
    with pytest.raises(ValueError, match="neither"):
        write_pdf(_memo(Figure((Text("Рисунок 1"),), "пусто", 100, 44)), THEME)


# --- header of page 1 -------------------------------------------------------------------


def test_access_marking_upper_right_only_when_set(ks_pages):
    page = ks_pages[0]
    mark = chars_of(page, "Для служебного пользования")
    assert mark[-1]["x1"] == pytest.approx(RIGHT_EDGE, abs=1)
    assert mark[0]["top"] == min(c["top"] for c in page.chars)
    bare = write_pdf(kitchen_sink(access=False), THEME)
    assert "служебного" not in all_text(bare)


def test_header_lines_are_centred(ks_pages):
    page = ks_pages[0]
    centre = (LEFT + RIGHT_EDGE) / 2
    for text in ("МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ", "СПРАВКА", "по состоянию на 01.07.2025"):
        cs = chars_of(page, text)
        assert (cs[0]["x0"] + cs[-1]["x1"]) / 2 == pytest.approx(centre, abs=1), text
    assert "Bold" in chars_of(page, "СПРАВКА")[0]["fontname"]
    order = [chars_of(page, t)[0]["top"] for t in
             ("Для служебного", "МИНИСТЕРСТВО", "СПРАВКА", "о сотрудничестве", "по состоянию")]
    assert order == sorted(order)


def test_emblem_is_centred_and_at_most_17_mm():
    from PIL import Image as PILImage

    buf = io.BytesIO()
    PILImage.new("RGB", (200, 240), "navy").save(buf, format="PNG")
    memo = _memo(Paragraph((Text("Текст"),)), emblem=Image(buf.getvalue(), 25),
                 letterhead=("МИНИСТЕРСТВО",))
    page = pages(write_pdf(memo, THEME))[0]
    (img,) = page.images
    assert img["x1"] - img["x0"] == pytest.approx(17 * MM, abs=0.1)
    assert (img["x0"] + img["x1"]) / 2 == pytest.approx((LEFT + RIGHT_EDGE) / 2, abs=0.5)
    assert img["bottom"] < chars_of(page, "МИНИСТЕРСТВО")[0]["top"]


# --- signature and executor -----------------------------------------------------------------


def _signature_chars(pdf: bytes):
    p = next(p for p in pages(pdf) if chars_of_or_none(p, "В.И.Каранкевич"))
    return p, chars_of(p, "В.И.Каранкевич"), chars_of(p, "Республики Беларусь" + "В.И")


def test_signature_by_style(ks_pdf):
    page, name, last_line = _signature_chars(ks_pdf)
    assert name[0]["x0"] == pytest.approx(LEFT + 120 * MM, abs=0.5)
    assert name[0]["baseline"] == pytest.approx(chars_of(page, "Республики Беларусь")[0]["baseline"], abs=0.1)
    assert chars_of(page, "Заместитель")[0]["x0"] == pytest.approx(LEFT, abs=0.5)
    date = chars_of(page, "25.08.2025")
    assert date[0]["x0"] == pytest.approx(LEFT, abs=0.5) and date[0]["top"] > name[0]["bottom"]


def test_signature_ru_style():
    theme = Theme(profile="RU", signature=Signature(style="RU"))
    pdf = write_pdf(kitchen_sink(), theme)
    page, name, _ = _signature_chars(pdf)
    right = PAGE_W - theme.margins.right * MM
    assert name[-1]["x1"] == pytest.approx(right, abs=1)
    assert name[0]["baseline"] == pytest.approx(chars_of(page, "Республики Беларусь")[0]["baseline"], abs=0.1)


def test_signature_block_stays_on_one_page(long_pages):
    page = next(p for p in long_pages if chars_of_or_none(p, "Заместитель"))
    assert chars_of(page, "В.И.Каранкевич") and chars_of(page, "25.08.2025")


def test_executor_mark_bottom_left_of_last_page(ks_pages, long_pages):
    for doc in (ks_pages, long_pages):
        last = doc[-1]
        mark = chars_of(last, "Иванова 222 33 44")
        assert mark[0]["size"] == pytest.approx(THEME.sizes.small)
        assert mark[0]["x0"] == pytest.approx(LEFT, abs=0.5)
        assert mark[0]["top"] > last.height * 2 / 3
        bottom = PAGE_H - THEME.margins.bottom * MM
        assert bottom - 3 * MM < mark[0]["baseline"] <= bottom
        # it shares the page with the signature: it did not move to a page of its own
        assert chars_of(last, "В.И.Каранкевич")
        assert all("Иванова" not in "".join(c["text"] for c in p.chars) for p in doc[:-1])


def test_executor_mark_moves_only_when_there_is_no_room():
    filler = Paragraph((Text("Строка."),), role="plain")
    sig = SignatureBlock(("Министр",), "А.Б.Иванов")
    exec_mark = ExecutorMark(("Петров 111 22 33",))
    # grow the text until the signature ends at the very bottom of page 1
    for n in range(30, 50):
        memo = _memo(*([filler] * n), sig, exec_mark)
        ps = pages(write_pdf(memo, THEME))
        sig_page = next(p for p in ps if chars_of_or_none(p, "А.Б.Иванов"))
        mark_page = next(p for p in ps if chars_of_or_none(p, "Петров"))
        if mark_page.number != sig_page.number:
            # moved: then it could not have fitted under the signature
            free = PAGE_H - THEME.margins.bottom * MM - max(c["baseline"] for c in sig_page.chars)
            assert free < THEME.sizes.small * 1.15 + 1
            assert "Строка." not in "".join(c["text"] for c in mark_page.chars)
            assert len(ps) == mark_page.number
            return
    pytest.fail("the mark never had to move; make the filler longer")


# --- margins from the theme, blocks dispatch -----------------------------------------------------


def test_margins_come_from_the_theme():
    theme = Theme(margins=Margins(left=20, right=20, top=30, bottom=25))
    page = pages(write_pdf(kitchen_sink(access=False), theme))[0]
    body = [c for c in page.chars if c["text"].strip()]
    assert min(c["x0"] for c in body) == pytest.approx(20 * MM, abs=MM_TOL)
    assert min(c["top"] for c in body) >= 30 * MM - 0.5


def test_unknown_block_is_not_dropped():
    with pytest.raises(AssertionError):
        write_pdf(_memo(object()), THEME)  # type: ignore[arg-type]


def test_table_with_a_note_and_empty_widths():
    from memogen.document import Note

    table = Table(
        caption=(Text("Таблица 2 — Проба"),),
        continuation="Продолжение таблицы 2",
        header=((Cell((Text("А"),)), Cell((Text("Б"),))),),
        rows=((Cell((Text("x"), Note((Text("Сноска в таблице."),)))), Cell((Text("y"),), "center")),),
    )
    pdf = write_pdf(_memo(table), THEME)
    text = one_line(all_text(pdf))
    assert "Сноска в таблице." in text and "Таблица 2 — Проба" in text


# --- pixels -------------------------------------------------------------------------


def test_ink_of_page_one_starts_at_the_margins():
    """Render page 1 and find its ink: the top ink is the top of the capitals of
    «СПРАВКА» (no access marking, no letterhead), which lies `size - cap height`
    below the frame top at 20 mm; the left ink is the body text's left edge at 30 mm."""
    from readback import cap_top_offset_mm, ink_box, render_pdf_page

    memo = kitchen_sink(access=False)
    memo = Memo(memo.meta.__class__(**{**memo.meta.__dict__, "letterhead": ()}), memo.blocks)
    dpi = 100
    image = render_pdf_page(write_pdf(memo, THEME), 0, dpi)
    box = ink_box(image, dpi)
    assert box is not None
    expected_top = THEME.margins.top + cap_top_offset_mm(THEME.fonts.bold, THEME.sizes.title)
    assert box.top == pytest.approx(expected_top, abs=1)
    assert box.left == pytest.approx(THEME.margins.left, abs=1)
    assert box.right <= 210 - THEME.margins.right + 0.5
    assert box.bottom <= 297 - THEME.margins.bottom + 0.5


def test_heading_keeps_with_table(long_pages):
    page = next(p for p in long_pages if chars_of_or_none(p, "Торговля"))
    assert chars_of(page, "Таблица 1")


def test_heading_alone_ends_the_text():
    pdf = write_pdf(_memo(Heading(1, (Text("Раздел"),), "1")), THEME)
    assert page_texts(pdf)[0].split("\n")[-1] == "1. Раздел"


@pytest.mark.slow  # sixteen memos of two to three pages each
@pytest.mark.parametrize("actions", range(14, 30))
def test_signature_never_stands_alone_on_its_page(actions):
    """However the text flows, the signature's page also carries the text's last lines."""
    memo = kitchen_sink(actions=actions)
    pages_ = pages(write_pdf(memo, THEME))
    signed = next(p for p in pages_ if find_words(p, "В.И.Каранкевич"))
    signature_top = min(w["top"] for w in find_words(signed, "Заместитель"))
    above = [w for w in signed.words if 20 * MM < w["top"] < signature_top - 1]
    assert above, f"with {actions} actions the signature is alone on page {signed.number}"
