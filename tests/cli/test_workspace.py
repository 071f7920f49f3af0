"""`memogen init` makes a workspace that builds at once; `memogen docs` shows the manuals
that ship with the package (issue 14, point 6)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile

import docx
import pytest
from tests.cli.run import clean_env, memogen

from memogen.errors import ExitCode
from paths import EXAMPLE, ROOT, SOURCES
from readback import all_text

SETTING = re.compile(r"^# ( *)([a-z_][a-z0-9_-]*:(?: |$)|- )")  # a commented setting, not prose


@pytest.fixture
def initialised(tmp_path):
    result = memogen("init", "memos", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "memos", result


def test_init_makes_a_workspace_that_builds_at_once(initialised):
    folder, result = initialised
    assert {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} == {
        ".gitignore", "README.md", "memogen.yaml", "schema/facts.schema.json",
        "facts/vologda-2025.yaml", "facts/sources/gov-2025-08-25.txt",
    }
    assert "created memos/facts/vologda-2025.yaml" in result.stdout
    assert "next: cd memos && memogen build" in result.stdout
    built = memogen("build", "--format", "all", cwd=folder)
    assert built.returncode == 0, built.stderr
    assert (folder / "output" / "vologda-2025.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / "output" / "vologda-2025.docx").read_bytes().startswith(b"PK")
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines() == ["output/"]


def test_init_facts_point_at_a_schema_and_a_source_that_exist(initialised):
    folder, _ = initialised
    facts = folder / "facts" / "vologda-2025.yaml"
    first = facts.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/facts.schema.json"
    schema = json.loads((facts.parent / "../schema/facts.schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads(memogen("schema").stdout)
    assert "file: sources/gov-2025-08-25.txt" in facts.read_text(encoding="utf-8")
    assert "$678,1 млн" in (facts.parent / "sources" / "gov-2025-08-25.txt").read_text(encoding="utf-8")


def test_init_memogen_yaml_explains_every_setting(initialised):
    from pydantic import BaseModel

    from memogen.config import WorkspaceConfig, load_config

    folder, _ = initialised
    text = (folder / "memogen.yaml").read_text(encoding="utf-8")
    assert load_config(folder) == WorkspaceConfig()  # all commented: every default holds

    def keys(model: type[BaseModel]) -> set[str]:
        found = set()
        for name, field in model.model_fields.items():
            found.add(field.alias or name)
            inner = [a for a in getattr(field.annotation, "__args__", ()) if isinstance(a, type)]
            for kind in [field.annotation, *inner]:
                if isinstance(kind, type) and issubclass(kind, BaseModel):
                    found |= keys(kind)
        return found

    settings = [SETTING.match(line) for line in text.splitlines()]
    explained = {m.group(2).rstrip(": ") for m in settings if m}
    missing = sorted(keys(WorkspaceConfig) - explained)
    assert not missing, f"memogen.yaml of `memogen init` does not explain {missing}"
    # uncommented, the examples are a valid configuration
    uncommented = "\n".join(line[2:] if SETTING.match(line) else "" for line in text.splitlines())
    (folder / "memogen.yaml").write_text(uncommented, encoding="utf-8")
    config = load_config(folder)
    assert config.mail.smtp is not None and config.mail.smtp.host == "smtp.mfa.gov.by"
    assert set(config.mail.address_book) == {"minister-office", "press"}


def test_init_keeps_files_already_there(tmp_path):
    (tmp_path / "memogen.yaml").write_text("output: memos\n", encoding="utf-8")
    result = memogen("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "kept memogen.yaml (already there)" in result.stdout
    assert (tmp_path / "memogen.yaml").read_text(encoding="utf-8") == "output: memos\n"
    assert "next: memogen build" in result.stdout
    again = memogen("init", cwd=tmp_path)
    assert again.returncode == 0 and "created" not in again.stdout


def test_init_into_a_file_is_an_output_error(tmp_path):
    (tmp_path / "taken").write_text("", encoding="utf-8")
    result = memogen("init", str(tmp_path / "taken"))
    assert result.returncode == ExitCode.OUTPUT
    assert result.stderr.startswith("error: cannot write") and "Traceback" not in result.stderr


def test_docs_lists_and_prints_the_manuals():
    listed = memogen("docs")
    assert listed.returncode == 0
    names = [line.split()[0] for line in listed.stdout.splitlines() if line.strip() and not line.startswith("`")]
    assert {"cli", "facts", "mail", "templates"} <= set(names)
    shown = memogen("docs", "mail")
    assert shown.stdout.strip() == (ROOT / "docs" / "mail.md").read_text(encoding="utf-8").strip()
    assert memogen("docs", "--path", "facts").stdout.strip() == str(ROOT / "docs" / "facts.md")


def test_docs_unknown_topic_names_the_choices():
    result = memogen("docs", "nosuch")
    assert result.returncode == ExitCode.USAGE
    assert "no manual called 'nosuch'" in result.stderr and "choose one of: cli," in result.stderr


def test_hints_point_at_memogen_docs(tmp_path):
    result = memogen("build", cwd=tmp_path)
    assert result.returncode == ExitCode.INPUT
    assert "memogen init" in result.stderr and "`memogen docs facts`" in result.stderr
    memogen("templates", "new", "mintrans", cwd=tmp_path)
    scaffold = (tmp_path / "templates" / "mintrans" / "theme.yaml").read_text(encoding="utf-8")
    assert "`memogen docs templates`" in scaffold
    assert not re.search(r"docs/\w+\.md", scaffold), "a pip-installed user has no docs/ folder"


@pytest.mark.slow
def test_an_installed_wheel_carries_the_manuals_and_the_workspace(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    if built.returncode:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[-300:]}")
    (wheel,) = tmp_path.glob("memogen-*.whl")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp_path / "site")
    for manual in (ROOT / "docs").glob("*.md"):
        assert (tmp_path / "site" / "memogen" / "docs" / manual.name).read_bytes() == manual.read_bytes()
    # the unpacked wheel first on the path: memogen as pip-installed elsewhere sees it
    env = clean_env(PYTHONPATH=str(tmp_path / "site"))
    where = subprocess.run([sys.executable, "-m", "memogen", "docs", "--path", "cli"], env=env,
                           capture_output=True, text=True, cwd=tmp_path, check=False)
    assert where.stdout.strip() == str(tmp_path / "site" / "memogen" / "docs" / "cli.md"), where.stderr
    made = subprocess.run([sys.executable, "-m", "memogen", "init", "ws"], env=env,
                          capture_output=True, text=True, cwd=tmp_path, check=False)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "ws" / "facts" / "sources" / "gov-2025-08-25.txt").is_file()


def test_the_packaged_example_is_the_workspace_example(initialised):
    """One example: the file memogen ships (init, `templates check`) is facts/vologda-2025.yaml
    byte for byte, sources too, and its memo prints the signatory's position on two lines."""
    from memogen.pipeline import EXAMPLE_FACTS

    assert EXAMPLE_FACTS.read_bytes() == EXAMPLE.read_bytes(), "copy facts/vologda-2025.yaml to src/memogen/examples/"
    shipped = sorted(p.name for p in (EXAMPLE_FACTS.parent / "sources").iterdir())
    assert shipped == sorted(p.name for p in SOURCES.iterdir())
    assert all((EXAMPLE_FACTS.parent / "sources" / n).read_bytes() == (SOURCES / n).read_bytes() for n in shipped)
    folder, _ = initialised
    assert (folder / "facts" / EXAMPLE.name).read_bytes() == EXAMPLE.read_bytes()
    assert memogen("build", "--format", "all", cwd=folder).returncode == 0
    pdf_lines = [line.strip() for line in all_text((folder / "output" / "vologda-2025.pdf").read_bytes()).splitlines()]
    at = pdf_lines.index("Начальник управления")
    assert pdf_lines[at + 1].startswith("внешнеэкономической деятельности"), pdf_lines[at: at + 2]
    document = docx.Document(str(folder / "output" / "vologda-2025.docx"))
    signature = next(p.text for p in document.paragraphs if "Начальник управления" in p.text)
    assert signature.split("\n")[:2] == ["Начальник управления", "внешнеэкономической деятельности\tИ.С.Иванова"]
