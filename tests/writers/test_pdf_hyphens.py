"""pyphen's dictionary parsed once and kept, sealed, in the cache folder (memogen.writers.pdf_hyphens)."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pyphen
import pytest

from memogen import cachedir
from memogen.sealed import write_sealed
from memogen.writers import pdf_hyphens

WORD = "сотрудничество"


@pytest.fixture
def dictionary(tmp_path, monkeypatch) -> Path:
    """A copy of pyphen's Russian dictionary as the language «ru_RU», nothing parsed yet."""
    copy = tmp_path / "hyph_ru_RU.dic"
    shutil.copy(pyphen.LANGUAGES["ru_RU"], copy)
    monkeypatch.setitem(pyphen.LANGUAGES, "ru_RU", copy)
    monkeypatch.setattr(pyphen, "hdcache", {})
    return copy


def _load(cache: Path) -> pyphen.HyphDict:
    pyphen.hdcache.clear()  # a new process
    with cachedir.using(cache):
        pdf_hyphens.load_dictionary("ru_RU")
    return pyphen.hdcache[pyphen.LANGUAGES["ru_RU"]]


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "hyphens").glob("*.pickle"))


def test_the_next_process_reads_the_parse_back(dictionary, tmp_path, monkeypatch):
    fresh = pyphen.HyphDict(dictionary)
    first = _load(tmp_path / "cache")
    assert len(_entries(tmp_path / "cache")) == 1

    def no_parsing(self, path):
        raise AssertionError("parsed again")

    monkeypatch.setattr(pyphen.HyphDict, "__init__", no_parsing)
    again = _load(tmp_path / "cache")
    assert again is not first
    assert again.patterns == fresh.patterns and again.maxlen == fresh.maxlen
    assert list(pyphen.Pyphen(lang="ru_RU").iterate(WORD)) == list(pyphen.Pyphen(filename=dictionary).iterate(WORD))


def test_a_changed_dictionary_is_parsed_afresh(dictionary, tmp_path):
    whole = _load(tmp_path / "cache")
    text = dictionary.read_text(encoding="utf-8")
    dictionary.write_text(text.rsplit("\n", 200)[0], encoding="utf-8")  # the last 200 patterns gone
    changed = _load(tmp_path / "cache")
    assert changed.patterns == pyphen.HyphDict(dictionary).patterns
    assert len(changed.patterns) < len(whole.patterns)


@pytest.mark.parametrize("payload", [b"garbled", pickle.dumps(Path("x")), pickle.dumps({"not": "a dictionary"})])
def test_a_garbled_or_forged_entry_is_parsed_afresh(dictionary, tmp_path, payload):
    cache = tmp_path / "cache"
    _load(cache)
    (entry,) = _entries(cache)
    write_sealed(entry, dictionary.read_bytes(), payload)
    assert _load(cache).patterns == pyphen.HyphDict(dictionary).patterns


def test_an_unwritable_cache_costs_only_the_parse(dictionary, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _load(blocker).patterns == pyphen.HyphDict(dictionary).patterns
