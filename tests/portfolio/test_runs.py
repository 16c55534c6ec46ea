"""Portfolio runs on the real pipeline: the sample contracts and a corrupt file through the
`contract-assistant portfolio` command, on a local Dask cluster, on a real scheduler with two
`dask worker` processes (one killed mid-run), and with a Chroma server shared by the workers.

The six contracts: four sample files, the contract split over three files (a sub-folder), and
the complete contract with its data-processing annex (a sub-folder). Their statuses must agree
with truth.json as the checklist's own sample tests require: found (present or partial) versus
absent for every item, the exact status for at least nine items in ten.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.samples import TRUTH_FILE, generate_samples
from assistant.samples.model import STATUS_RANK

from ..conftest import MINI_CORPUS
from ..processes import free_port, stop

BIN = Path(sys.executable).parent
SCRIPT = BIN / "contract-assistant"
DASK = BIN / "dask"
STANDALONE = ["fr-infogerance-complet.pdf", "fr-infogerance-lacunaire.pdf",
              "fr-reversibilite-faible.docx", "en-managed-services.pdf"]
FOLDERS = {"fr-multi": ["fr-multi-contrat.pdf", "fr-multi-annexe-1-sla.pdf",
                        "fr-multi-annexe-2-reversibilite.pdf"],
           "fr-complet-avec-annexe-5": ["fr-infogerance-complet.pdf", "fr-annexe-dpa.pdf"]}
CORRUPT = "corrompu.pdf"
RUN_SECONDS = 900


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """The shared folder (6 contracts + 1 corrupt file) and the truth of each contract."""
    samples = tmp_path_factory.mktemp("samples")
    generate_samples(samples)
    truth = json.loads((samples / TRUTH_FILE).read_text(encoding="utf-8"))
    by_file = {s["file"]: s["clauses"] for s in truth["samples"]}
    folder = tmp_path_factory.mktemp("partage")
    expected = {}
    for name in STANDALONE:
        shutil.copy(samples / name, folder / name)
        expected[name] = by_file[name]
    for name, files in FOLDERS.items():
        (folder / name).mkdir()
        for file in files:
            shutil.copy(samples / file, folder / name / file)
        # A clause of a contract split over files is as good as its best file (truth.json's rule).
        expected[name] = {cid: max((by_file[f][cid] for f in files), key=STATUS_RANK.get)
                          for cid in by_file[files[0]]}
    (folder / CORRUPT).write_bytes((samples / STANDALONE[1]).read_bytes()[:3000])
    return folder, expected


def _env(data: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data),
            "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS), "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False", **extra}


def _portfolio(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRIPT), "portfolio", *args], capture_output=True, text=True,
                          env=env, timeout=RUN_SECONDS)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _disagreements(row: dict[str, str], truth: dict[str, str]) -> list[str]:
    statuses = {k.removeprefix("status_"): v for k, v in row.items() if k.startswith("status_")}
    assert set(statuses) == set(truth)
    wrong = [f"{row['contract']} {cid}: {statuses[cid]}, truth {want}"
             for cid, want in truth.items() if (statuses[cid] == "absent") != (want == "absent")]
    exact = sum(statuses[cid] == want for cid, want in truth.items())
    if exact < 0.9 * len(truth):
        wrong.append(f"{row['contract']}: only {exact}/{len(truth)} statuses exactly as the truth")
    return wrong


def _check_table(rows: list[dict[str, str]], expected: dict[str, dict]) -> None:
    assert sorted(r["contract"] for r in rows) == sorted([*expected, CORRUPT])
    by_name = {r["contract"]: r for r in rows}
    bad = by_name.pop(CORRUPT)
    assert bad["error"].startswith(f"{CORRUPT}: ") and "\n" not in bad["error"]
    assert bad["status_reversibility"] == "" and bad["sha256"] == ""
    wrong = [w for name, row in by_name.items() for w in _disagreements(row, expected[name])]
    assert wrong == []
    assert all(row["error"] == "" and len(row["sha256"].split("; ")) == len(
        row["files"].split("; ")) for row in by_name.values())


def test_two_local_workers_then_a_rerun_skips_every_checked_contract(portfolio, tmp_path):
    folder, expected = portfolio
    data = tmp_path / "data"
    out = tmp_path / "portefeuille.csv"
    first = _portfolio([str(folder), "--workers", "2", "--output", str(out)], _env(data))
    assert first.returncode == 2, first.stderr  # 2: a file could not be read
    assert "error: corrompu.pdf: " in first.stderr
    assert "[7/7]" in first.stderr
    assert "7 contracts: 7 checked on 2 local workers; 0 skipped" in first.stderr
    assert "Traceback" not in first.stderr
    rows = _rows(out)
    _check_table(rows, expected)
    # Embedded store, several processes: each worker kept its own store.
    assert sorted(p.name for p in (data / "portfolio-workers").iterdir()) == ["0", "1"]

    by_name = {r["contract"]: r for r in rows}
    multi = by_name["fr-multi"]
    assert multi["files"].split("; ")[0].endswith("fr-multi-contrat.pdf")  # main file first
    assert (multi["client"], multi["provider"]) == ("Lemaire Distribution", "Sirocco IT Services")
    assert (multi["start_date"], multi["reversibility_period"]) == ("2025-02-01", "4 mois")
    assert multi["data_return_format"] == "CSV, XML"
    assert multi["hosting_place"] == "Roubaix (France)"
    assert multi["penalty_cap"] == "20 %"  # read in the SLA annex
    english = by_name["en-managed-services.pdf"]
    assert (english["client"], english["start_date"], english["governing_law"]) == (
        "HARBOURLINE LOGISTICS LIMITED", "2025-04-01", "England and Wales")
    assert by_name["fr-infogerance-lacunaire.pdf"]["reversibility_period"] == ""  # none stated

    again = tmp_path / "portefeuille.xlsx"
    rerun = _portfolio([str(folder), "--workers", "2", "--output", str(again)], _env(data))
    assert rerun.returncode == 2, rerun.stderr
    assert "7 contracts: 1 checked on 2 local workers; 6 skipped" in rerun.stderr
    assert rerun.stderr.count("from the cache") == 6
    from openpyxl import load_workbook

    sheet = load_workbook(again).active
    cells = [["" if v is None else str(v) for v in row]
             for row in sheet.iter_rows(values_only=True)]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert cells == list(csv.reader(handle))

    register = tmp_path / "registre.csv"
    written = _portfolio([str(folder), "--format", "register", "--output", str(register)],
                         _env(data))
    assert "6 skipped" in written.stderr
    entries = {_contract_name(r["contract_files"].split("; ")): r for r in _rows(register)}
    complete = entries["fr-infogerance-complet.pdf"]
    assert (complete["contract_reference"], complete["financial_entity"],
            complete["ict_third_party_provider"]) == ("2024-INF-017",
                                                      "Société des Eaux du Val d'Argent",
                                                      "Altiveo Infogérance")
    assert (complete["start_date"], complete["end_date"]) == ("2025-01-01", "2027-12-31")
    assert (complete["governing_law_country"], complete["country_of_data_storage"]) == ("FR",
                                                                                       "FR")
    assert complete["exit_plan_or_reversibility"] == "present"
    assert complete["subcontracting_allowed"] == "with prior consent"
    lacking = entries["fr-infogerance-lacunaire.pdf"]
    assert lacking["exit_plan_or_reversibility"] == "absent"
    assert lacking["end_date"] == "" and lacking["reversibility_period"] == ""


def _contract_name(files: list[str]) -> str:
    """A register row's contract: its file, or the sub-folder holding its files."""
    return Path(files[0]).parent.name if len(files) > 1 else Path(files[0]).name


def test_a_scheduler_with_two_dask_workers_loses_no_contract_when_one_is_killed(
        portfolio, tmp_path):
    from distributed import Client

    folder, expected = portfolio
    data = tmp_path / "data"
    address = f"tcp://127.0.0.1:{free_port()}"
    env = _env(data)
    logs = (tmp_path / "dask.log").open("ab")
    processes = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port",
                                   address.rsplit(":", 1)[1], "--no-dashboard"],
                                  stdout=logs, stderr=subprocess.STDOUT, env=env)]
    try:
        workers = {}
        for name in ("w1", "w2"):
            workers[name] = subprocess.Popen(
                [str(DASK), "worker", address, "--name", name, "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--local-directory", str(tmp_path / name)],
                stdout=logs, stderr=subprocess.STDOUT, env=env)
            processes.append(workers[name])
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        out = tmp_path / "portefeuille.csv"
        run = subprocess.Popen([str(SCRIPT), "portfolio", str(folder), "--cluster", address,
                                "--output", str(out)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
        processes.append(run)
        # w1 opens its own store when its first task starts: kill it while that task runs.
        started = data / "portfolio-workers" / "w1" / "chroma"
        deadline = time.monotonic() + RUN_SECONDS
        while not started.exists():
            assert run.poll() is None, "the run ended before w1 started a contract"
            assert time.monotonic() < deadline
            time.sleep(0.1)
        workers["w1"].send_signal(signal.SIGKILL)
        assert workers["w1"].wait(timeout=30) == -signal.SIGKILL
        assert run.poll() is None  # killed mid-run
        _, stderr = run.communicate(timeout=RUN_SECONDS)
        assert run.returncode == 2, stderr
        assert f"7 contracts: 7 checked on the Dask scheduler at {address}" in stderr
        _check_table(_rows(out), expected)
    finally:
        for process in reversed(processes):
            stop(process)
        logs.close()


def test_local_workers_share_one_chroma_server(portfolio, tmp_path):
    from ..index.test_team_mode import ChromaServer

    folder, _ = portfolio
    chosen = tmp_path / "choix"
    chosen.mkdir()
    for name in ("fr-infogerance-lacunaire.pdf", "fr-reversibilite-faible.docx"):
        shutil.copy(folder / name, chosen / name)
    server = ChromaServer(tmp_path / "server-data")
    server.start()
    try:
        env = _env(tmp_path / "data", CONTRACT_ASSISTANT_CHROMA_URL=server.url)
        done = _portfolio([str(chosen), "--workers", "2", "--shared", "--format", "json",
                           "--output", str(tmp_path / "p.json")], env)
        assert done.returncode == 0, done.stderr
        rows = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
        assert [r["error"] for r in rows] == [None, None]
        start = rows[0]["values"]["start_date"]
        assert start["value"] == "2024-03-01"
        assert "1er mars 2024" in start["quotes"][0]["text"]
        assert not (tmp_path / "data" / "portfolio-workers").exists()  # no local store
        listed = subprocess.run([str(SCRIPT), "documents", "--format", "json"],
                                capture_output=True, text=True, env=env, timeout=300)
        # Both workers wrote to the server, into the shared library every app session sees.
        assert sorted((d["name"], d["library"]) for d in json.loads(listed.stdout)) == [
            ("fr-infogerance-lacunaire.pdf", "shared"), ("fr-reversibilite-faible.docx", "shared")]
    finally:
        server.stop()
