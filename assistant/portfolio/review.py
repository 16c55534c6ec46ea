"""One contract reviewed through the `Assistant` facade: its files indexed, checked as one, and
made into a row; a file that cannot be read gives a row with its one-line error."""
from __future__ import annotations

from collections.abc import Sequence

from assistant.errors import AssistantError
from assistant.service import Assistant

from .rows import ContractRow, build_row, error_row
from .sources import Contract


def review_files(assistant: Assistant, contract: Contract, playbook: str | None) -> ContractRow:
    """Index the contract's files (a file already indexed costs nothing) and check them."""
    files = [str(p) for p in contract.files]
    doc_ids = []
    for path in contract.files:
        try:
            doc_ids.append(assistant.index_file(path).doc_id)
        except AssistantError as exc:
            return error_row(contract.name, files, str(exc))
        except OSError as exc:
            return error_row(contract.name, files,
                             f"{path.name}: cannot read the file ({exc.strerror or exc})")
    return review_documents(assistant, doc_ids, playbook, contract.name, files)


def review_documents(assistant: Assistant, doc_ids: Sequence[str], playbook: str | None,
                     name: str, files: Sequence[str]) -> ContractRow:
    """The row of documents already indexed, read as one contract (the app's portfolio)."""
    try:
        report = assistant.check(doc_ids, playbook)
        chunks = [chunk for doc_id in doc_ids for chunk in assistant.chunks(doc_id)]
    except AssistantError as exc:
        return error_row(name, files, str(exc), doc_ids)
    return build_row(name, files, doc_ids, report, chunks)
