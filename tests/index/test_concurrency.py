"""Many sessions at once on one store: threads of one process, and a second process refused."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from assistant.service import build_assistant
from assistant.settings import Settings
from tests.builders import make_pdf
from tests.conftest import MINI_CORPUS

WORKERS = 8
SUPPLIERS = ["Altair", "Borealis", "Cassiopée", "Deneb", "Eridan", "Fomalhaut", "Gemma",
             "Hadar"]


def _contract(folder: Path, supplier: str, number: int) -> Path:
    """A small contract whose supplier, price and notice period are its own."""
    return make_pdf(folder / f"contrat-{supplier.lower()}.pdf", [
        [f"CONTRAT D'INFOGÉRANCE – SOCIÉTÉ {supplier.upper()}",
         "Article 1 – Objet",
         f"La société {supplier} assure l'exploitation du système d'information du Client.",
         "Article 2 – Prix",
         f"Le prix forfaitaire annuel est de {100 + number} 000 € HT."],
        ["Article 3 – Résiliation",
         f"Chaque partie peut résilier le contrat avec un préavis de {number + 2} mois.",
         "Article 4 – Réversibilité",
         f"En fin de contrat, la société {supplier} restitue les données du Client dans un "
         f"délai de {20 + number} jours."],
    ])


def _session(settings: Settings, folder: Path, number: int) -> list[str]:
    """One user: upload a contract, then search, check and ask; returns what went wrong."""
    supplier = SUPPLIERS[number]
    assistant = build_assistant(settings, owner=f"session-{number}")
    doc = assistant.index_file(_contract(folder, supplier, number))
    problems = []
    for _ in range(3):
        for hit in assistant.search("prix forfaitaire annuel et préavis de résiliation", k=6):
            if hit.document != doc.name:
                problems.append(f"{supplier} searched and got {hit.document}")
        answer = assistant.ask("Quel est le préavis de résiliation ?", [doc.doc_id])
        if f"{number + 2} mois" not in answer.text + " ".join(c.text for c in answer.citations):
            problems.append(f"{supplier} asked and got: {answer.text[:120]!r}")
        if {c.document for c in answer.citations} - {doc.name}:
            problems.append(f"{supplier}'s answer cites {answer.citations}")
        report = assistant.check([doc.doc_id])
        if report.document.doc_id != doc.doc_id:
            problems.append(f"{supplier} checked and got {report.document.name}")
    if [d.name for d in assistant.documents()] != [doc.name]:
        problems.append(f"{supplier} lists {[d.name for d in assistant.documents()]}")
    return problems


def test_eight_sessions_index_search_check_and_ask_at_once_without_mixing(
        settings: Settings, tmp_path: Path) -> None:
    build_assistant(settings)  # the model and the store are opened once, as the app does
    start = threading.Barrier(WORKERS)

    def worker(number: int) -> list[str]:
        start.wait()
        return _session(settings, tmp_path, number)

    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(worker, range(WORKERS)))  # re-raises any worker's exception
    assert [p for problems in results for p in problems] == []


def test_same_file_uploaded_by_several_tabs_at_once_never_disappears(
        settings: Settings, french_pdf: Path) -> None:
    """Eight simultaneous uploads of one file: once listed, the document stays listed."""
    assistant = build_assistant(settings, owner="impatient-user")
    start = threading.Barrier(WORKERS + 1)
    done = threading.Event()
    seen: list[bool] = []

    def watch() -> None:
        start.wait()
        while not done.is_set():
            seen.append(bool(assistant.documents()))

    def upload(_: int):
        start.wait()
        return assistant.index_file(french_pdf)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with ThreadPoolExecutor(WORKERS) as pool:
            infos = list(pool.map(upload, range(WORKERS)))
    finally:
        done.set()
        watcher.join()
    assert len({(i.doc_id, i.chunks) for i in infos}) == 1
    assert [d.doc_id for d in assistant.documents()] == [infos[0].doc_id]
    assert assistant._store._chunks.count() == infos[0].chunks  # no duplicate passages
    first_seen = seen.index(True)
    assert all(seen[first_seen:]), "the document vanished while another upload rewrote it"


def test_second_process_on_the_same_local_store_is_refused_with_a_clear_message(
        settings: Settings, french_pdf: Path) -> None:
    """Chroma's embedded store is not process-safe: a second process is stopped, not let in."""
    build_assistant(settings).index_file(french_pdf)
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(settings.data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    script = Path(sys.executable).parent / "contract-assistant"
    run = subprocess.run([str(script), "documents"], capture_output=True, text=True, env=env,
                         timeout=600)
    assert run.returncode == 1
    store = settings.data_dir / "chroma"
    assert run.stderr.strip() == (
        f"error: the local store {store} is open in another process (pid {os.getpid()} on "
        f"{socket.gethostname()}); stop it, or share a Chroma server between processes "
        f"(CONTRACT_ASSISTANT_CHROMA_URL)")
    assert run.stdout == ""
