"""The Chroma store keeps what a passage is (body, table of contents, document control)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from assistant.index.store import _chunk_from_record
from tests.builders import make_managed_services_pdf


def test_passage_kinds_survive_the_store(assistant, tmp_path: Path) -> None:
    """Real model, real persistent Chroma: kinds read back as they were written."""
    doc = assistant.index_file(make_managed_services_pdf(tmp_path))
    kinds = Counter(c.kind for c in assistant.chunks(doc.doc_id))
    assert kinds["toc"] == 1 and kinds["document_control"] == 1 and kinds["body"] >= 5
    hits = assistant.search("période de validité du document diffusion restreinte",
                            [doc.doc_id], k=3)
    control = next(h for h in hits if "28/02/2033" in h.chunk.text)
    assert control.to_json()["kind"] == "document_control" and not control.chunk.quotable


def test_a_passage_stored_before_kinds_existed_reads_as_body() -> None:
    meta = {"doc_id": "d", "index": 4, "page": 2, "page_end": 3, "section_number": "Article 2",
            "section_title": "Durée", "heading_path": '["Article 2 – Durée"]'}
    chunk = _chunk_from_record("Le contrat dure trois ans.", meta)
    assert (chunk.kind, chunk.quotable, chunk.page_end) == ("body", True, 3)
