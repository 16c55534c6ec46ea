"""A portfolio run: rows from the cache first, then the contracts left, reviewed in this
process, on a local Dask cluster or on an existing Dask scheduler; rows in the order given."""
from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.analysis.playbooks import load_playbook
from assistant.errors import ConfigurationError
from assistant.settings import Settings

from .cache import RowCache
from .rows import ContractRow, error_row
from .sources import Contract, file_hashes
from .worker import Job, review_contract

CACHE_FOLDER = "portfolio-cache"
_CONNECT_TIMEOUT = "20s"

# progress(row, done, total), called as each row is ready (cached rows first).
Progress = Callable[[ContractRow, int, int], None]
Pending = list[tuple[int, Contract, tuple[str, ...] | None]]


@dataclass(frozen=True)
class RunOptions:
    """Where a run reviews: this process (workers=0), N local workers, or a scheduler."""

    playbook: str | None = None
    workers: int = 0
    cluster: str = ""
    owner: str = "local"


@dataclass
class RunResult:
    rows: list[ContractRow]
    where: str
    seconds: float
    checked: int = 0
    cached: int = 0
    uncached: int = 0  # rows made but not written to the cache (folder not writable)
    failed: list[ContractRow] = field(default_factory=list)


def run_portfolio(settings: Settings, contracts: Sequence[Contract], options: RunOptions,
                  progress: Progress | None = None) -> RunResult:
    """Review every contract once; a contract whose row is cached for this playbook version is
    not reviewed again. Raises PlaybookError or ConfigurationError before any work starts."""
    started = time.perf_counter()
    if options.workers and options.cluster:
        raise ConfigurationError("choose either --workers (a local cluster) or --cluster "
                                 "(an existing scheduler), not both")
    reference = _playbook_reference(options.playbook or settings.playbook)
    playbook = load_playbook(reference)
    cache = RowCache(settings.data_dir / CACHE_FOLDER, playbook.id, playbook.version)
    rows: list[ContractRow | None] = [None] * len(contracts)
    result = RunResult([], where(options), 0.0)
    pending: Pending = []
    for index, contract in enumerate(contracts):
        hashes = file_hashes(contract.files)
        cached = cache.get(hashes) if hashes else None
        if cached is None:
            pending.append((index, contract, hashes))
            continue
        rows[index] = cached.moved_to(contract.name, [str(p) for p in contract.files])
        result.cached += 1
        _report(progress, rows[index], rows)
    if pending:
        job = Job(_for_workers(settings), reference, options.owner)
        for index, row in _executor(job, options, len(pending)).run(pending):
            rows[index] = row
            result.checked += 1
            result.uncached += not row.error and not cache.put(row)
            _report(progress, row, rows)
    result.rows = [row for row in rows if row is not None]
    result.failed = [row for row in result.rows if row.error]
    result.seconds = time.perf_counter() - started
    return result


def _report(progress: Progress | None, row: ContractRow, rows: list) -> None:
    if progress is not None:
        progress(row, sum(r is not None for r in rows), len(rows))


def _playbook_reference(reference: str) -> str:
    # Workers may run in another folder: a playbook given as a file travels as an absolute path.
    path = Path(reference)
    return str(path.absolute()) if path.suffix in (".yaml", ".yml") or path.is_file() \
        else reference


def _for_workers(settings: Settings) -> Settings:
    # The checklist needs no language model: its key does not travel to the workers.
    return settings.model_copy(update={"llm_api_key": "", "data_dir":
                                       settings.data_dir.absolute()})


def where(options: RunOptions) -> str:
    """Where a run reviews, in words for its progress and summary."""
    if options.cluster:
        return f"the Dask scheduler at {options.cluster}"
    if options.workers:
        return f"{options.workers} local worker{'s' if options.workers > 1 else ''}"
    return "this process"


def _executor(job: Job, options: RunOptions, pending: int) -> _InProcess | _Dask:
    if options.cluster or options.workers:
        return _Dask(job, options, pending)
    return _InProcess(job)


class _InProcess:
    """The contracts one after the other in this process, on its own data folder."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def run(self, pending: Pending) -> Iterator[tuple[int, ContractRow]]:
        from assistant.service import build_assistant

        from .review import review_files

        assistant = build_assistant(self.job.settings, owner=self.job.owner)
        for index, contract, _ in pending:
            yield index, review_files(assistant, contract, self.job.playbook)


class _Dask:
    """The contracts as Dask tasks: on a local cluster of worker processes (one thread each, on
    127.0.0.1) or on an existing scheduler whose workers run this project's environment."""

    def __init__(self, job: Job, options: RunOptions, pending: int) -> None:
        separate = not job.settings.chroma_url
        workers = min(options.workers, pending) if options.workers else 0
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else os.cpu_count() or 1
        # N worker processes on C cores: each gets C/N torch threads instead of all C.
        threads = max(1, cores // workers) if workers else 0
        self.job = Job(job.settings, job.playbook, job.owner, separate, threads)
        self.workers = workers
        self.address = options.cluster

    def run(self, pending: Pending) -> Iterator[tuple[int, ContractRow]]:
        try:
            from distributed import Client, LocalCluster, as_completed
        except ImportError as exc:
            raise ConfigurationError("a portfolio on several workers needs Dask: pip install "
                                     "'dask[distributed]'") from exc
        # The scheduler of a local cluster runs in this process and its workers write to our
        # stderr: their log lines (a failed task's traceback) would drown the progress; a
        # contract's failure is reported in its row, in one line.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = None
        if self.address:
            try:
                client = Client(self.address, timeout=_CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ConfigurationError(f"cannot reach the Dask scheduler at {self.address} "
                                         f"({exc}); is `dask scheduler` running?") from exc
        else:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.CRITICAL)
            client = Client(cluster)
        try:
            futures = {client.submit(review_contract, contract, self.job,
                                     key=_task_key(contract, hashes, self.job)): (index, contract)
                       for index, contract, hashes in pending}
            for future in as_completed(futures):
                index, contract = futures[future]
                yield index, _row_of(future, contract)
                future.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _row_of(future, contract: Contract) -> ContractRow:
    try:
        return ContractRow.from_json(future.result())
    except Exception as exc:
        # A task that raised on its worker (a bug, or a worker killed again and again) becomes
        # this contract's row with the reason; the rest of the portfolio goes on.
        reason = " ".join(str(exc).split())[:300]
        return error_row(contract.name, [str(p) for p in contract.files],
                         f"the review failed on a worker ({type(exc).__name__}: {reason})")


def _task_key(contract: Contract, hashes: tuple[str, ...] | None, job: Job) -> str:
    """The same contract, playbook and owner give the same task: submitted twice, run once."""
    parts = [job.playbook, job.owner, *map(str, contract.files), *(hashes or ())]
    return "portfolio-review-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
