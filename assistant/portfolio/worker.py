"""The task a Dask worker (or this process) runs for one contract, and the settings it runs with.

Each worker process builds the assistant once (`build_assistant` keeps one model and store per
process) and reuses it for every contract it is given. A task only reads the contract's files
and writes to the index under keys derived from their content, so running it twice (Dask
reschedules the tasks of a worker that died) gives the same row.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from assistant.settings import Settings

from .sources import Contract

WORKERS_FOLDER = "portfolio-workers"


@dataclass(frozen=True)
class Job:
    """What every task of a run shares: settings, playbook, owner, and how workers store."""

    settings: Settings
    playbook: str
    owner: str = "local"
    # An embedded store is locked to one process: with several worker processes and no Chroma
    # server, each worker keeps its own store under DATA_DIR/portfolio-workers/<worker>.
    own_store_per_worker: bool = False
    torch_threads: int = 0  # 0 = torch's default (every core)


def review_contract(contract: Contract, job: Job) -> dict:
    """Index and check one contract here; returns its row as JSON (a bad file gives a row with
    its error, never an exception)."""
    from assistant.service import build_assistant

    from .review import review_files

    _prepare_process(job.torch_threads)
    assistant = build_assistant(worker_settings(job), owner=job.owner)
    return review_files(assistant, contract, job.playbook).to_json()


def worker_settings(job: Job) -> Settings:
    if not job.own_store_per_worker:
        return job.settings
    folder = job.settings.data_dir / WORKERS_FOLDER / _worker_name()
    return job.settings.model_copy(update={"data_dir": folder})


def _worker_name() -> str:
    from distributed import get_worker

    name = str(get_worker().name)
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "worker"


def _prepare_process(torch_threads: int) -> None:
    # Workers started with `dask worker` may lack what the CLI sets before it runs.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if torch_threads:
        import torch

        if torch.get_num_threads() != torch_threads:
            torch.set_num_threads(torch_threads)

