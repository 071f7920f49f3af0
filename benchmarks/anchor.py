"""The anchor memogen's speed is measured against: the same memo written as Typst (PDF)
and as Markdown for pandoc (DOCX), charts as PNG, compiled by those two tools.

    python benchmarks/anchor.py setup            # a venv of its own with PyPI's `typst`
    python benchmarks/anchor.py export DIR       # DIR/memo.typ, DIR/memo.md, DIR/chart-N.png
    DIR/run                                      # the timed command: both files, one process

`setup` installs Typst into benchmarks/.anchor-venv (never into memogen's environment:
the anchor is no dependency of memogen); pandoc comes from Debian (`apt-get install
pandoc`) or, when missing, from PyPI's `pypandoc-binary` in the same venv. `export`
composes the example memo with memogen itself (so both sides print the same words,
tables and charts) and writes it in the two tools' markup, the body in Liberation Serif
as memogen's default theme sets it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "benchmarks" / ".anchor-venv"
PY = VENV / "bin" / "python"
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
FONTS = ROOT / "src" / "memogen" / "fonts"


def setup() -> None:
    if not PY.exists():
        venv.create(VENV, with_pip=True)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "typst"], check=True)
    if not shutil.which("pandoc"):
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "pypandoc-binary"], check=True)
    print(f"anchor ready: {PY}")


def pandoc() -> str:
    found = shutil.which("pandoc")
    if found:
        return found
    out = subprocess.run([str(PY), "-c", "import pypandoc; print(pypandoc.get_pandoc_path())"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


# --- the memo in two markups --------------------------------------------------------


def _inline(nodes, esc) -> str:
    from memogen.document import Counter, Emph, LineBreak, Note, Strong, Text

    out = []
    for n in nodes:
        if isinstance(n, Text):
            out.append(esc(n.text))
        elif isinstance(n, Strong):
            out.append(f"*{_inline(n.children, esc)}*" if esc is _typ else f"**{_inline(n.children, esc)}**")
        elif isinstance(n, Emph):
            out.append(f"_{_inline(n.children, esc)}_" if esc is _typ else f"*{_inline(n.children, esc)}*")
        elif isinstance(n, Note):
            body = _inline(n.children, esc)
            out.append(f"#footnote[{body}]" if esc is _typ else f"^[{body}]")
        elif isinstance(n, LineBreak):
            out.append(" \\\n")
        elif isinstance(n, Counter):
            out.append(str(n.value))
    return "".join(out)


def _typ(text: str) -> str:
    for ch in "\\#*_`$<>@[]=-+/~\"":
        text = text.replace(ch, "\\" + ch)
    return text


def _md(text: str) -> str:
    for ch in "\\*_`[]<>#|^~":
        text = text.replace(ch, "\\" + ch)
    return text


def _blocks(blocks, esc, out: list[str], pictures: list[bytes], indent: str = "") -> None:
    from memogen.document import (
        ExecutorMark,
        Figure,
        Heading,
        ListBlock,
        Paragraph,
        SignatureBlock,
        Table,
    )

    typ = esc is _typ
    for b in blocks:
        if isinstance(b, Heading):
            mark = ("=" if typ else "#") * b.level
            out.append(f"{mark} {b.number + ' ' if b.number else ''}{_inline(b.children, esc)}\n")
        elif isinstance(b, Paragraph):
            out.append(indent + _inline(b.children, esc) + "\n")
        elif isinstance(b, ListBlock):
            for i, item in enumerate(b.items, b.start):
                bullet = (f"{i}." if b.ordered else ("-" if typ else "*")) if not typ else ("+" if b.ordered else "-")
                inner: list[str] = []
                _blocks(item.blocks, esc, inner, pictures, "")
                out.append(f"{indent}{bullet} " + "\n  ".join(x.strip() for x in inner) + "\n")
        elif isinstance(b, Table):
            out.append(_table(b, esc))
        elif isinstance(b, Figure):
            pictures.append(b.png)
            name = f"chart-{len(pictures)}.png"
            cap = _inline(b.caption, esc)
            out.append(f'#figure(image("{name}", width: {b.width_mm}mm), caption: [{cap}])\n' if typ
                       else f"![{cap}]({name}){{width={b.width_mm}mm}}\n")
        elif isinstance(b, SignatureBlock):
            pos = (" \\\n" if typ else "\\\n").join(esc(p) for p in b.position)
            out.append(f"#grid(columns: (1fr, auto), [{pos}], [{esc(b.name)}])\n" if typ
                       else f"{pos} {esc(b.name)}\n")
        elif isinstance(b, ExecutorMark):
            joined = (" \\\n" if typ else "\\\n").join(esc(x) for x in b.lines)
            out.append(f"#text(size: 10pt)[{joined}]\n" if typ else joined + "\n")


def _table(t, esc) -> str:
    from memogen.document import plain_text

    rows = [*t.header, *t.rows]
    if esc is _typ:
        cells = ", ".join(f"[{_inline(c.children, esc)}]" for row in rows for c in row)
        cols = len(rows[0])
        return (f"#figure(caption: [{_inline(t.caption, esc)}], table(columns: {cols}, "
                f"table.header(repeat: true, ..({', '.join(f'[{_inline(c.children, esc)}]' for c in t.header[0])},)), "
                f"{', '.join(f'[{_inline(c.children, esc)}]' for row in t.rows for c in row)}))\n") if cells else ""
    head = "| " + " | ".join(plain_text(c.children).replace("|", "\\|") for c in t.header[0]) + " |"
    rule = "|" + "|".join("---" for _ in t.header[0]) + "|"
    body = ["| " + " | ".join(_inline(c.children, esc).replace("|", "\\|") for c in row) + " |" for row in t.rows]
    return "\n".join([_inline(t.caption, esc), "", head, rule, *body]) + "\n"


TYP_HEAD = """#set page(paper: "a4", margin: (left: 30mm, right: 15mm, top: 20mm, bottom: 20mm), numbering: "1")
#set text(font: "Liberation Serif", size: 15pt, lang: "ru")
#set par(justify: true, first-line-indent: 12.5mm, spacing: 0pt, leading: 0.5em)
#set heading(numbering: none)
#align(center)[*{doc_type}* \\ {title}]
"""


def export(folder: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from memogen.pipeline import compose, load_facts

    memo, _ = compose(load_facts(EXAMPLE), ROOT)
    folder.mkdir(parents=True, exist_ok=True)
    for esc, name, head in ((_typ, "memo.typ", TYP_HEAD), (_md, "memo.md", "# {doc_type}\n\n{title}\n")):
        pictures: list[bytes] = []
        out = [head.format(doc_type=memo.meta.doc_type, title=esc(memo.meta.title))]
        _blocks(memo.blocks, esc, out, pictures)
        (folder / name).write_text("\n".join(out), encoding="utf-8")
    for i, png in enumerate(pictures, 1):
        (folder / f"chart-{i}.png").write_bytes(png)
    script = folder / "run"
    script.write_text(
        f"#!{PY}\n"
        "import subprocess, typst\n"
        f"typst.compile({str(folder / 'memo.typ')!r}, output={str(folder / 'memo.pdf')!r}, "
        f"font_paths=[{str(FONTS)!r}])\n"
        f"subprocess.run([{pandoc()!r}, {str(folder / 'memo.md')!r}, '-o', {str(folder / 'memo.docx')!r}, "
        f"'--resource-path', {str(folder)!r}], check=True)\n",
        encoding="utf-8",
    )
    os.chmod(script, 0o755)
    subprocess.run([str(script)], check=True)  # once: proves both compile
    print(f"anchor written: {script} (pdf {(folder / 'memo.pdf').stat().st_size} B, "
          f"docx {(folder / 'memo.docx').stat().st_size} B)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup")
    ex = sub.add_parser("export")
    ex.add_argument("folder", type=Path)
    args = parser.parse_args()
    setup() if args.command == "setup" else export(args.folder)


if __name__ == "__main__":
    main()
