"""A memo holding every block and inline type, for testing writers by reading back."""

from __future__ import annotations

import datetime as dt

from memogen.document import (
    Cell,
    Counter,
    Emph,
    ExecutorMark,
    Figure,
    Heading,
    LineBreak,
    ListBlock,
    ListItem,
    Memo,
    Meta,
    Note,
    Paragraph,
    SignatureBlock,
    Strong,
    Table,
    Text,
)

NBSP = "\u00a0"


def _chart() -> tuple[bytes, bytes]:
    """A bar chart drawn by memogen's own chart engine: (SVG, 300-dpi PNG)."""
    from pathlib import Path

    import memogen
    from memogen.charts import Bar, ChartStyle, DynamicsChart, render_chart

    spec = DynamicsChart("Товарооборот", "млн долларов США", (Bar("2020", 335.0), Bar("2024", 678.1),
                                                                Bar("I полугодие 2025", 316.4)))
    font = Path(memogen.__file__).parent / "fonts" / "LiberationSans-Regular.ttf"
    chart = render_chart(spec, ChartStyle(("#1f3b73",), font, 9.0, 160.0, 71.0))
    return chart.svg, chart.png


def kitchen_sink(actions: int = 3, table_rows: int = 3, access: bool = True) -> Memo:
    """Every block type once; `actions` and `table_rows` stretch it over more pages."""
    svg, png = _chart()
    rows = tuple(
        (
            Cell((Text(str(2020 + i)),)),
            Cell((Text(f"{335 + i * 10},0"),), "right"),
            Cell((Text(f"100,{i}{NBSP}%"),), "right"),
        )
        for i in range(table_rows)
    )
    items = tuple(
        ListItem(
            (
                Paragraph(
                    (
                        Text(
                            f"Действие {i + 1}: принять участие в Международной промышленной "
                            f"выставке «Иннопром. Беларусь» (Минск). Ответственный: "
                            f"Минпром. Срок: конец сентября – начало октября 2025{NBSP}г."
                        ),
                    )
                ),
            )
        )
        for i in range(actions)
    )
    blocks = (
        Heading(1, (Text("Общие сведения"),), number="1"),
        Paragraph(
            (
                Text("Товарооборот в 2024 году достиг "),
                Strong((Text(f"678,1{NBSP}млн долларов США"),)),
                Text(", что составляет "),
                Emph((Text(f"100,9{NBSP}%"),)),
                Text(" к уровню 2023 года"),
                Note((Text("По данным Белстата."),)),
                Text("."),
            )
        ),
        Paragraph((Text("Примечание: данные предварительные."),), role="plain"),
        Paragraph((Text("Строка по центру"),), role="centered"),
        Paragraph((Text("Строка справа"),), role="right"),
        Heading(2, (Text("Торговля"),), number="1.1"),
        Table(
            caption=(Text("Таблица "), Counter("Таблица", 1), Text(" — Динамика товарооборота")),
            continuation="Продолжение таблицы 1",
            header=((Cell((Text("Год"),)), Cell((Text("млн долларов США"),)), Cell((Text("Темп роста"),))),),
            rows=rows,
            widths=(2, 3, 2),
        ),
        Figure(
            caption=(Text("Рисунок "), Counter("Рисунок", 1), Text(" — Товарооборот, млн долларов США")),
            alt="Товарооборот: 335,0 млн в 2020 году, 678,1 млн в 2024 году.",
            width_mm=160,
            height_mm=71,
            svg=svg,
            png=png,
        ),
        ListBlock(
            (
                ListItem((Paragraph((Text("первый пункт"), LineBreak(), Text("со второй строкой"))),)),
                ListItem(
                    (
                        Paragraph((Text("второй пункт"),)),
                        ListBlock((ListItem((Paragraph((Text("вложенный пункт"),)),)),)),
                    )
                ),
            )
        ),
        Heading(1, (Text("Предложения"),), number="2"),
        ListBlock(items, ordered=True),
        Paragraph((Text(f"Приложение: на 2{NBSP}л. в 1{NBSP}экз."),), role="plain"),
        SignatureBlock(
            position=("Заместитель Премьер-министра", "Республики Беларусь"),
            name="В.И.Каранкевич",
            date="25.08.2025",
        ),
        ExecutorMark(("Иванова 222 33 44",)),
    )
    meta = Meta(
        title="о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации",
        date=dt.date(2025, 8, 25),
        as_of="по состоянию на 01.07.2025",
        access_marking=("Для служебного пользования", f"Экз. №{NBSP}1") if access else (),
        letterhead=("МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ", "РЕСПУБЛИКИ БЕЛАРУСЬ"),
        author="memogen",
        subject="Справка",
    )
    return Memo(meta, blocks)
