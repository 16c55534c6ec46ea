"""`contract-assistant portfolio` at its edges: one line for a person, no traceback, and no
heavy import before there is work to do (the runs themselves are in test_runs.py)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from ..builders import FRENCH_CONTRACT, make_pdf
from ..conftest import MINI_CORPUS

SCRIPT = Path(sys.executable).parent / "contract-assistant"


def _run(args: list[str], data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([str(SCRIPT), "portfolio", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_help_imports_neither_dask_nor_torch(tmp_path: Path):
    driver = ("import sys\nfrom assistant.cli import main\n"
              "sys.argv = ['contract-assistant', 'portfolio', '--help']\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print('heavy:', *sorted(m for m in ('torch', 'dask', 'distributed', 'openpyxl',"
              " 'chromadb') if m in sys.modules))\n")
    run = subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True,
                         timeout=300)
    assert "--workers" in run.stdout and "--cluster" in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "heavy:"


def test_mistakes_are_one_line_before_any_work(tmp_path: Path):
    contract = make_pdf(tmp_path / "contrat.pdf", FRENCH_CONTRACT)
    empty = tmp_path / "vide"
    empty.mkdir()
    cases = [
        ([str(empty), "--output", str(tmp_path / "p.csv")], 2,
         "error: no contract (PDF, DOCX, TXT, MD) in the paths given"),
        ([str(contract), "--output", str(tmp_path / "absent" / "p.csv")], 2,
         f"error: no folder {tmp_path / 'absent'} to write p.csv to"),
        ([str(contract), "--workers", "2", "--cluster", "tcp://127.0.0.1:8786", "--output",
          str(tmp_path / "p.csv")], 1,
         "error: choose either --workers (a local cluster) or --cluster (an existing "
         "scheduler), not both"),
        ([str(contract), "--playbook", "inconnu", "--output", str(tmp_path / "p.csv")], 1,
         "error: Unknown playbook 'inconnu'"),
    ]
    for args, code, line in cases:
        run = _run(args, tmp_path / "data")
        assert run.returncode == code, run.stderr
        assert run.stderr.strip().splitlines()[-1].startswith(line)
        assert "Traceback" not in run.stderr
        assert not (tmp_path / "p.csv").exists()


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    contract = make_pdf(tmp_path / "contrat.pdf", FRENCH_CONTRACT)
    run = _run([str(contract), "--cluster", f"tcp://127.0.0.1:{port}", "--output",
                str(tmp_path / "p.csv")], tmp_path / "data")
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert "Traceback" not in run.stderr
