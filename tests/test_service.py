"""The facade over a real model and a real persistent Chroma store: index, list, remove."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.errors import DocumentNotFoundError, IngestError
from assistant.service import build_assistant
from assistant.settings import Settings


def test_index_then_list_and_read_back_passages(assistant, french_pdf: Path) -> None:
    info = assistant.index_file(french_pdf)
    assert (info.name, info.pages, info.language) == ("contrat-fr.pdf", 3, "fr")
    assert [d.doc_id for d in assistant.documents()] == [info.doc_id]
    chunks = assistant.chunks(info.doc_id)
    assert len(chunks) == info.chunks
    assert "Article 4 – Réversibilité" in [c.section for c in chunks]
    vectors = assistant.chunk_vectors(info.doc_id)
    assert vectors.shape == (len(chunks), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert assistant.file_path(info.doc_id).read_bytes() == french_pdf.read_bytes()


def test_reindexing_the_same_file_is_a_no_op(assistant, french_pdf: Path) -> None:
    first = assistant.index_file(french_pdf)
    stages: list[str] = []
    again = assistant.index_file(french_pdf, progress=lambda stage, *_: stages.append(stage))
    assert again == first
    assert stages == []  # nothing read, embedded or written
    assert len(assistant.documents()) == 1


def test_index_survives_a_new_process(settings: Settings, french_pdf: Path) -> None:
    """A document indexed by one process is there for the next (the store persists on disk)."""
    import subprocess
    import sys

    code = ("from assistant.service import build_assistant; from assistant.settings import "
            "Settings; from pathlib import Path; "
            f"a = build_assistant(Settings(data_dir=Path({str(settings.data_dir)!r}), "
            f"corpus_dir=Path({str(settings.corpus_dir)!r}))); "
            f"a.index_file(Path({str(french_pdf)!r}))")
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert [d.name for d in build_assistant(settings).documents()] == ["contrat-fr.pdf"]


def test_remove_deletes_the_document_and_its_passages(assistant, french_pdf: Path,
                                                      english_pdf: Path) -> None:
    fr = assistant.index_file(french_pdf)
    en = assistant.index_file(english_pdf)
    assistant.remove("contrat-fr.pdf")
    assert [d.doc_id for d in assistant.documents()] == [en.doc_id]
    with pytest.raises(DocumentNotFoundError):
        assistant.chunks(fr.doc_id)
    assert {h.document for h in assistant.search("réversibilité", k=5)} == {"agreement-en.pdf"}


def test_find_document_by_hash_prefix(assistant, french_pdf: Path) -> None:
    info = assistant.index_file(french_pdf)
    assert assistant.find_document(info.doc_id[:10]) == info
    with pytest.raises(DocumentNotFoundError, match=r"no indexed document named 'nope\.pdf'"):
        assistant.find_document("nope.pdf")


def test_failed_upload_leaves_the_index_untouched(assistant, french_pdf: Path) -> None:
    kept = assistant.index_file(french_pdf)
    with pytest.raises(IngestError):
        assistant.index_bytes(b"%PDF-1.4 broken", "broken.pdf")
    assert assistant.documents() == [kept]


def test_write_interrupted_midway_leaves_no_document(assistant, english_pdf: Path,
                                                     monkeypatch) -> None:
    """A failure between the passages and the commit record rolls the passages back."""
    store = assistant._store
    original = store._docs.update

    def fail(*args, **kwargs):
        raise KeyboardInterrupt  # what a Ctrl-C in the middle of the write looks like

    monkeypatch.setattr(store._docs, "update", fail)
    with pytest.raises(KeyboardInterrupt):
        assistant.index_file(english_pdf)
    monkeypatch.setattr(store._docs, "update", original)
    assert assistant.documents() == []
    assert store._chunks.count() == 0
    assert assistant.index_file(english_pdf).chunks > 0


def test_sessions_do_not_see_each_others_documents(settings: Settings, french_pdf: Path) -> None:
    alice = build_assistant(settings, owner="alice")
    bob = build_assistant(settings, owner="bob")
    doc = alice.index_file(french_pdf)
    assert bob.documents() == []
    assert bob.search("réversibilité", k=5) == []
    with pytest.raises(DocumentNotFoundError):
        bob.chunks(doc.doc_id)
    alice.share(doc.doc_id)
    assert [d.name for d in bob.documents()] == ["contrat-fr.pdf"]
