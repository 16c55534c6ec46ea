"""Team mode: the CLI and several processes on a real `chroma run` server that survives restarts."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import StoreError
from assistant.service import build_assistant
from assistant.settings import Settings
from tests.builders import make_pdf
from tests.conftest import MINI_CORPUS
from tests.processes import free_port, stop

CHROMA = Path(sys.executable).parent / "chroma"
SCRIPT = Path(sys.executable).parent / "contract-assistant"
SUPPLIERS = ["Altair", "Borealis", "Cassiopée", "Deneb", "Eridan", "Fomalhaut"]



class ChromaServer:
    """A real Chroma server process on a free local port, with its data in a folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen | None = None

    def start(self) -> None:
        log = (self.path.parent / "chroma-server.log").open("ab")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self._process = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1):
                    return
            except OSError:
                assert self._process.poll() is None, "chroma run exited; see chroma-server.log"
                assert time.monotonic() < deadline, "chroma run did not answer within 120 s"
                time.sleep(0.2)

    def stop(self) -> None:
        if self._process is not None:
            stop(self._process, timeout=30)


@pytest.fixture
def server(tmp_path: Path):
    running = ChromaServer(tmp_path / "server-data")
    running.start()
    yield running
    running.stop()


def _contract(folder: Path, supplier: str, number: int) -> Path:
    return make_pdf(folder / f"contrat-{supplier.lower()}.pdf", [
        [f"CONTRAT D'INFOGÉRANCE – SOCIÉTÉ {supplier.upper()}",
         "Article 1 – Objet",
         f"La société {supplier} assure l'exploitation du système d'information du Client.",
         "Article 2 – Résiliation",
         f"Chaque partie peut résilier le contrat avec un préavis de {number + 2} mois."],
    ])


def _cli(args: list[str]):
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_cli_index_check_ask_on_a_server_and_the_data_survive_a_restart(
        server: ChromaServer, tmp_path: Path, monkeypatch, french_pdf: Path) -> None:
    monkeypatch.setenv("CONTRACT_ASSISTANT_CHROMA_URL", server.url)
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(tmp_path / "app-data"))
    monkeypatch.setenv("CONTRACT_ASSISTANT_CORPUS_DIR", str(MINI_CORPUS))

    indexed = _cli(["index", str(french_pdf)])
    assert indexed.exit_code == 0, indexed.stderr
    checked = _cli(["check", str(french_pdf), "--format", "json"])
    assert checked.exit_code == 0, checked.stderr
    items = {i["id"]: i["status"] for i in json.loads(checked.stdout)["items"]}
    assert items["reversibility"] in ("present", "partial")
    asked = _cli(["ask", "Quelle est la durée de la période de transition ?", "--document",
                  str(french_pdf), "--format", "json"])
    assert asked.exit_code == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert "six (6) mois" in answer["answer"] + " ".join(c["text"] for c in answer["citations"])
    assert not (tmp_path / "app-data" / "chroma").exists()  # nothing stored locally

    server.stop()
    server.start()

    # A new process, with nothing cached, reads everything back from the restarted server.
    env = {**os.environ, "CONTRACT_ASSISTANT_CHROMA_URL": server.url,
           "CONTRACT_ASSISTANT_DATA_DIR": str(tmp_path / "other-machine"),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    found = subprocess.run([str(SCRIPT), "search", "restitution des données réversibilité",
                            "--format", "json"], capture_output=True, text=True, env=env,
                           timeout=600)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits[0]["document"] == "contrat-fr.pdf"
    assert hits[0]["section"] == "Article 4 – Réversibilité"


def test_processes_and_threads_share_one_server_without_mixing(server: ChromaServer,
                                                               tmp_path: Path) -> None:
    """Two worker processes and four threads (six sessions) index and search at once."""
    worker = '''
import json, sys
from pathlib import Path
from assistant.service import build_assistant
from assistant.settings import Settings
name, path = sys.argv[1], Path(sys.argv[2])
assistant = build_assistant(Settings(), owner=f"process-{name}")
doc = assistant.index_file(path)
seen = set()
for _ in range(5):
    seen |= {h.document for h in assistant.search("préavis de résiliation", k=5)}
seen |= {d.name for d in assistant.documents()}
print(json.dumps({"expected": doc.name, "seen": sorted(seen)}))
'''
    env = {**os.environ, "CONTRACT_ASSISTANT_CHROMA_URL": server.url,
           "CONTRACT_ASSISTANT_DATA_DIR": str(tmp_path / "process-data"),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    processes = [subprocess.Popen([sys.executable, "-c", worker, str(n),
                                   str(_contract(tmp_path, SUPPLIERS[n], n))],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env) for n in (0, 1)]

    settings = Settings(data_dir=tmp_path / "thread-data", chroma_url=server.url,
                        corpus_dir=MINI_CORPUS)
    build_assistant(settings)
    start = threading.Barrier(4)

    def session(number: int) -> dict:
        assistant = build_assistant(settings, owner=f"thread-{number}")
        start.wait()
        doc = assistant.index_file(_contract(tmp_path, SUPPLIERS[number], number))
        seen = set()
        for _ in range(5):
            seen |= {h.document for h in assistant.search("préavis de résiliation", k=5)}
            answer = assistant.ask("Quel est le préavis de résiliation ?", [doc.doc_id])
            seen |= {c.document for c in answer.citations}
        seen |= {d.name for d in assistant.documents()}
        return {"expected": doc.name, "seen": sorted(seen)}

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(session, range(2, 6)))
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert len(results) == 6
    assert all(r["seen"] == [r["expected"]] for r in results), results


def test_a_stopped_server_gives_a_store_error_not_a_crash(server: ChromaServer,
                                                          tmp_path: Path,
                                                          french_pdf: Path) -> None:
    assistant = build_assistant(Settings(data_dir=tmp_path / "app-data", chroma_url=server.url,
                                         corpus_dir=MINI_CORPUS, collection_prefix="outage"))
    doc = assistant.index_file(french_pdf)
    server.stop()
    with pytest.raises(StoreError, match=r"^the Chroma server did not answer \(ConnectError: "):
        assistant.documents()
    with pytest.raises(StoreError, match="did not answer"):
        assistant.remove(doc.doc_id)
