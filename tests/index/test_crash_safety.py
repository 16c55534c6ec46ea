"""A CLI killed with SIGKILL while writing a large document leaves nothing half-indexed."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.index.embeddings import load_embedder
from assistant.index.store import ContractStore, make_client
from assistant.service import build_assistant
from assistant.settings import Settings
from tests.builders import make_pdf
from tests.conftest import MINI_CORPUS

SCRIPT = Path(sys.executable).parent / "contract-assistant"
PAGES = 200


def _long_contract(path: Path) -> Path:
    pages = []
    for page in range(1, PAGES + 1):
        pages.append([f"Article {page} – Prestation numéro {page}",
                      f"Le Prestataire exploite le lot {page} du système d'information du Client "
                      f"et en assure la maintenance. Les niveaux de service du lot {page} sont "
                      f"décrits à l'annexe {page} et révisés chaque année par le comité de "
                      f"pilotage, qui se réunit une fois par trimestre.",
                      f"Les incidents du lot {page} sont traités selon la procédure de gestion "
                      f"des incidents ; le Prestataire tient un registre de ces incidents."])
    return make_pdf(path, pages)


def _pending_records(database: Path) -> int:
    """Read-only look at Chroma's SQLite file: how many document records are still 'pending'."""
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.05) as db:
            return db.execute("SELECT count(*) FROM embedding_metadata WHERE key = 'status' "
                              "AND string_value = 'pending'").fetchone()[0]
    except sqlite3.OperationalError:  # locked by the writer, or tables not created yet
        return 0


def _kill_during_the_write(command: list[str], env: dict, database: Path) -> None:
    """Start the CLI, freeze it as soon as its pending record exists, check it is still
    unfinished, then SIGKILL it: the kill lands between the first and the last write."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 600
        while _pending_records(database) == 0:
            assert process.poll() is None, f"the CLI ended before writing: {process.stderr.read()}"
            assert time.monotonic() < deadline, "the CLI never started writing"
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGSTOP)
        assert _pending_records(database) == 1  # frozen before its commit record was written
    finally:
        process.kill()  # SIGKILL, works on a stopped process too
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


def test_killed_indexing_leaves_no_half_document_and_the_next_start_cleans_up(
        tmp_path: Path) -> None:
    contract = _long_contract(tmp_path / "long-contract.pdf")
    settings = Settings(data_dir=tmp_path / "store", corpus_dir=MINI_CORPUS)
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(settings.data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}

    _kill_during_the_write([str(SCRIPT), "index", str(contract)], env,
                           settings.data_dir / "chroma" / "chroma.sqlite3")

    # What a reader sees before any cleanup: the interrupted document is not listed.
    embedder = load_embedder(settings.embedding_model)
    untouched = ContractStore(make_client(settings.data_dir, ""), embedder)
    assert untouched.documents(["local"]) == []
    assert len(untouched._docs.get(where={"status": "pending"})["ids"]) == 1

    # The next start removes the unfinished write entirely, then the file indexes again.
    assistant = build_assistant(settings)
    assert assistant.documents() == []
    assert untouched._docs.count() == 0 and untouched._chunks.count() == 0
    info = assistant.index_file(contract)
    chunks = assistant.chunks(info.doc_id)
    assert (info.pages, info.chunks) == (PAGES, len(chunks))
    assert [c.index for c in chunks] == list(range(len(chunks)))
    covered = {page for c in chunks for page in range(c.page, c.page_end + 1)}
    assert covered == set(range(1, PAGES + 1))
    assert assistant._store._chunks.count() == len(chunks)
    hits = assistant.search("incidents du lot 173", k=5)
    assert any("du lot 173 " in " ".join(h.chunk.text.split()) for h in hits)
