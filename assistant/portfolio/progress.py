"""A run's progress on stderr (a live bar on a terminal, one line per contract in a log) and
its summary at the end."""
from __future__ import annotations

from pathlib import Path

from .rows import ContractRow
from .runner import RunResult


class ConsoleProgress:
    """Called with each row as it is ready; `close()` ends the bar."""

    def __init__(self, total: int, where: str) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self._bar = None
        if total and self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=self.console, transient=True)
            self._task = self._bar.add_task(f"portfolio on {where}", total=total)
            self._bar.start()
        else:
            self.console.print(f"portfolio: {total} contracts on {where}", markup=False)

    def __call__(self, row: ContractRow, done: int, total: int) -> None:
        line = _line(row, done, total)
        if self._bar is not None:
            if row.error:
                self._bar.console.print(line, markup=False)
            self._bar.update(self._task, completed=done, description=row.contract)
        else:
            self.console.print(line, markup=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _line(row: ContractRow, done: int, total: int) -> str:
    if row.error:
        return f"[{done}/{total}] error: {row.error}"
    how = "from the cache" if row.cached else "checked"
    score = f", score {row.score:.0f}" if row.score is not None else ""
    missing = len(row.missing_required)
    gaps = f", {missing} required item{'s' if missing != 1 else ''} missing" if missing else ""
    return f"[{done}/{total}] {row.contract}: {how}{score}{gaps}"


def summary(result: RunResult, output: Path) -> str:
    """One paragraph: how many were checked, skipped, failed; how long; where it was written."""
    parts = [f"{len(result.rows)} contracts: {result.checked} checked on {result.where}",
             f"{result.cached} skipped (already checked with this playbook version)",
             f"{len(result.failed)} could not be read"]
    text = "; ".join(parts) + f"; {result.seconds:.1f} s. Wrote {output}."
    if result.uncached:
        text += f" {result.uncached} rows could not be cached (is the data folder writable?)."
    return text
