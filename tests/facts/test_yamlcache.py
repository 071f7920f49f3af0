"""What a YAML file parsed to is kept in the cache folder: read back while the file's
text is the same (without importing ruamel), parsed afresh when it changed or the entry
is damaged, never unpickled into anything but plain data."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from memogen import yamlcache
from memogen.errors import InputError
from memogen.facts.model import Facts
from memogen.sealed import write_sealed
from memogen.yamlfile import WrittenFloat, load_model, read_yaml
from paths import EXAMPLE


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEMOGEN_CACHE_DIR", str(folder))
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "yaml").glob("*.pickle"))


def test_a_parse_is_kept_and_read_back_as_the_same_data(tmp_path, cache):
    facts = tmp_path / "facts.yaml"
    facts.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    first = read_yaml(facts)
    assert len(_entries(cache)) == 1
    again = read_yaml(facts)
    assert again == first
    decimals = [[v.decimals for v in _values(data) if isinstance(v, WrittenFloat)] for data, _ in (first, again)]
    assert decimals[0] and decimals[1] == decimals[0]  # 5.10 still prints two decimals
    assert load_model(Facts, facts) == load_model(Facts, EXAMPLE)


def _values(data):
    if isinstance(data, dict):
        for v in data.values():
            yield from _values(v)
    elif isinstance(data, list):
        for v in data:
            yield from _values(v)
    else:
        yield data


def test_an_edited_file_is_parsed_afresh(tmp_path, cache):
    path = tmp_path / "a.yaml"
    path.write_text("title: первый\nvalue: 1.50\n", encoding="utf-8")
    assert read_yaml(path)[0] == {"title": "первый", "value": 1.5}
    path.write_text("title: второй\n\nvalue: 2\n", encoding="utf-8")
    data, positions = read_yaml(path)
    assert data == {"title": "второй", "value": 2}
    assert positions[("value",)] == (3, 1)
    assert len(_entries(cache)) == 1  # one entry per file, replaced


def test_a_broken_file_is_still_an_error_after_a_good_parse(tmp_path, cache):
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    read_yaml(path)
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate key"):
        read_yaml(path)


def test_a_damaged_or_forged_entry_is_not_used(tmp_path, cache):
    path = tmp_path / "a.yaml"
    text = "a: 1\n"
    path.write_text(text, encoding="utf-8")
    read_yaml(path)
    (entry,) = _entries(cache)
    entry.write_bytes(entry.read_bytes()[:-3])  # truncated: the seal no longer holds
    assert read_yaml(path)[0] == {"a": 1}
    # A sealed entry that would run code when unpickled is refused, and parsed afresh.
    write_sealed(entry, text.encode(), pickle.dumps(Path("/etc/passwd")))
    assert yamlcache.recall(path, text) is None
    assert read_yaml(path)[0] == {"a": 1}


def test_a_cache_folder_that_cannot_be_written_only_costs_the_parse(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MEMOGEN_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "a.yaml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    assert read_yaml(path)[0] == {"a": [1, 2]}
    assert read_yaml(path)[0] == {"a": [1, 2]}


def test_reading_a_kept_parse_imports_no_ruamel(tmp_path, cache):
    path = tmp_path / "facts.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    read_yaml(path)
    code = (
        "import sys; from pathlib import Path; from memogen.yamlfile import read_yaml; "
        f"read_yaml(Path({str(path)!r})); print('ruamel' in ' '.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "MEMOGEN_CACHE_DIR": str(cache)})
    assert out.stdout.strip() == "False"
