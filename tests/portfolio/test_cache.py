"""The result cache: keyed by content and playbook version, written whole, errors not kept."""
from __future__ import annotations

from pathlib import Path

from assistant.portfolio.cache import RowCache

from .fixtures import checked_row, failed_row


def test_a_row_comes_back_for_the_same_content_and_playbook_version(tmp_path: Path):
    cache = RowCache(tmp_path, "infogerance", "1.0")
    row = checked_row()
    assert cache.put(row)
    assert cache.get(row.sha256) == row
    assert RowCache(tmp_path, "infogerance", "1.1").get(row.sha256) is None
    assert RowCache(tmp_path, "dora-art30", "1.0").get(row.sha256) is None
    assert cache.get(("cd" * 32,)) is None
    assert not list(tmp_path.rglob("*.tmp"))


def test_rows_with_an_error_are_not_kept_and_a_damaged_entry_is_ignored(tmp_path: Path):
    cache = RowCache(tmp_path, "infogerance", "1.0")
    assert not cache.put(failed_row())
    assert not list(tmp_path.rglob("*.json"))
    row = checked_row()
    cache.put(row)
    (entry,) = tmp_path.rglob("*.json")
    entry.write_text('{"contract": "cut in the mid', encoding="utf-8")
    assert cache.get(row.sha256) is None


def test_a_folder_that_cannot_be_written_loses_the_skip_not_the_row(tmp_path: Path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert RowCache(blocker, "infogerance", "1.0").put(checked_row()) is False
