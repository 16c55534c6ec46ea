"""The embedder: one thread for a query, every core (and bfloat16 on AMX) for bulk, same vectors."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from assistant.index.embeddings import (
    SMALL_BATCH,
    Embedder,
    has_native_bfloat16,
    load_embedder,
)
from assistant.settings import DEFAULT_EMBEDDING_MODEL


class _ThreadRecordingModel:
    """Stands in for SentenceTransformer: records torch's thread count at each encode."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def get_sentence_embedding_dimension(self) -> int:
        return 3

    def encode(self, texts, **_options):
        self.threads.append(torch.get_num_threads())
        return np.ones((len(texts), 3), dtype=np.float32)


@pytest.fixture
def two_threads():
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    yield
    torch.set_num_threads(before)


def test_a_query_runs_on_one_thread_and_bulk_on_all_then_the_setting_is_restored(two_threads):
    model = _ThreadRecordingModel()
    embedder = Embedder(model, "fake", batch_size=64, bfloat16=False)
    embedder.embed(["Quelle est la durée du contrat ?"])
    embedder.embed(["passage"] * (SMALL_BATCH + 1))
    assert model.threads == [1, 2]
    assert torch.get_num_threads() == 2


def test_the_thread_setting_is_restored_when_encoding_fails(two_threads):
    class Failing(_ThreadRecordingModel):
        def encode(self, texts, **_options):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Embedder(Failing(), "fake", batch_size=64, bfloat16=False).embed(["query"])
    assert torch.get_num_threads() == 2


TEXTS = [f"Article {i} – Le Prestataire restitue les données au Client sous {i} jours."
         for i in range(SMALL_BATCH + 4)]


def test_a_text_gets_the_same_vector_alone_and_in_a_bulk_batch(two_threads):
    embedder = load_embedder(DEFAULT_EMBEDDING_MODEL)
    alone = np.vstack([embedder.embed([t]) for t in TEXTS[:3]])
    bulk = embedder.embed(TEXTS)[:3]
    assert alone.shape == (3, embedder.dimension)
    assert bulk.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(bulk, axis=1), 1.0, atol=1e-3)
    assert np.min(np.sum(alone * bulk, axis=1)) > 0.9999


@pytest.mark.skipif(not has_native_bfloat16(),
                    reason="bfloat16 is only used on CPUs that multiply it natively")
def test_bulk_vectors_in_bfloat16_match_float32():
    model = load_embedder(DEFAULT_EMBEDDING_MODEL)._model
    full = Embedder(model, "float32", batch_size=64, bfloat16=False).embed(TEXTS)
    half = Embedder(model, "bfloat16", batch_size=64, bfloat16=True).embed(TEXTS)
    assert half.dtype == np.float32
    assert np.min(np.sum(full * half, axis=1)) > 0.9999
    assert not np.array_equal(full, half)  # the bfloat16 path really ran


def test_native_bfloat16_is_read_from_the_cpu_flags(tmp_path):
    with_bf16 = tmp_path / "zen4"
    with_bf16.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_bf16 avx512_vnni\n")
    without = tmp_path / "zen3"
    without.write_text("processor\t: 0\nflags\t\t: fpu avx2 fma\n")
    from assistant.index import embeddings

    amx = embeddings.has_amx()
    assert has_native_bfloat16(with_bf16)
    assert has_native_bfloat16(without) is amx
    assert has_native_bfloat16(tmp_path / "missing") is amx
