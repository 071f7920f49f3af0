"""A process that builds many memos (`memogen watch`, a batch) reads a theme and
memogen.yaml once, and again as soon as one of their files changes (issue 11)."""

from __future__ import annotations

import shutil

import pytest

from memogen import filecache
from memogen.config import load_config
from memogen.themes.loader import load_theme
from memogen.themes.model import FONTS_DIR

from .helpers import make_theme


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (in use they must be two seconds old). Each edit
    below changes its file's size too, as the clock may not move between two writes."""
    monkeypatch.setattr(filecache, "RACY_NS", 0)


def test_a_theme_is_read_once_while_its_files_stay_the_same(tmp_path, settled):
    make_theme(tmp_path, "mine", "letterhead: {lines: [МИНИСТЕРСТВО А]}\n")
    first = load_theme("mine", tmp_path)
    assert load_theme("mine", tmp_path) is first
    assert load_theme("mine", tmp_path, "points") is not first  # each kind its own


def test_a_saved_theme_yaml_is_read_again(tmp_path, settled):
    folder = make_theme(tmp_path, "mine", "letterhead: {lines: [МИНИСТЕРСТВО А]}\n")
    assert load_theme("mine", tmp_path).theme.letterhead.lines == ("МИНИСТЕРСТВО А",)
    (folder / "theme.yaml").write_text("letterhead: {lines: [МИНИСТЕРСТВО БВ]}\n", encoding="utf-8")
    assert load_theme("mine", tmp_path).theme.letterhead.lines == ("МИНИСТЕРСТВО БВ",)


def test_a_parent_theme_or_a_font_that_changes_is_read_again(tmp_path, settled):
    parent = make_theme(tmp_path, "parent", "sizes: {table: 11}\n")
    font = parent / "body.ttf"
    shutil.copy(FONTS_DIR / "LiberationSerif-Regular.ttf", font)
    (parent / "theme.yaml").write_text("sizes: {table: 11}\nfonts: {regular: body.ttf}\n", encoding="utf-8")
    make_theme(tmp_path, "child", "extends: parent\n")
    first = load_theme("child", tmp_path)
    assert first.theme.sizes.table == 11
    (parent / "theme.yaml").write_text("sizes: {table: 10.5}\nfonts: {regular: body.ttf}\n", encoding="utf-8")
    second = load_theme("child", tmp_path)
    assert second.theme.sizes.table == 10.5
    assert load_theme("child", tmp_path) is second
    font.write_bytes(b"not a font")  # the font's checks run again, and refuse it
    with pytest.raises(Exception, match="body.ttf"):
        load_theme("child", tmp_path)


def test_a_theme_saved_just_now_is_not_kept(tmp_path):
    """A file changed within the clock's resolution of its reading may change again
    unseen: what was made from it is read again next time."""
    make_theme(tmp_path, "mine", "sizes: {table: 11}\n")
    assert load_theme("mine", tmp_path) is not load_theme("mine", tmp_path)


def test_memogen_yaml_is_read_once_and_again_when_saved(tmp_path, settled):
    (tmp_path / "memogen.yaml").write_text("output: one\n", encoding="utf-8")
    first = load_config(tmp_path)
    assert first.output == "one"
    assert load_config(tmp_path) is first
    (tmp_path / "memogen.yaml").write_text("output: second\n", encoding="utf-8")
    assert load_config(tmp_path).output == "second"
    (tmp_path / "memogen.yaml").unlink()
    assert load_config(tmp_path).output == "output"
