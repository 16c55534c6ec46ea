"""The embedder: one thread for a query, every core for bulk, and the same vectors either way."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from assistant.embeddings import SMALL_BATCH, Embedder, load_embedder
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
    embedder = Embedder(model, "fake", batch_size=64)
    embedder.embed(["Quelle est la durée du contrat ?"])
    embedder.embed(["passage"] * (SMALL_BATCH + 1))
    assert model.threads == [1, 2]
    assert torch.get_num_threads() == 2


def test_the_thread_setting_is_restored_when_encoding_fails(two_threads):
    class Failing(_ThreadRecordingModel):
        def encode(self, texts, **_options):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Embedder(Failing(), "fake", batch_size=64).embed(["query"])
    assert torch.get_num_threads() == 2


def test_a_text_gets_the_same_vector_alone_and_in_a_bulk_batch(two_threads):
    embedder = load_embedder(DEFAULT_EMBEDDING_MODEL)
    texts = [f"Article {i} – Le Prestataire restitue les données au Client sous {i} jours."
             for i in range(SMALL_BATCH + 4)]
    alone = np.vstack([embedder.embed([t]) for t in texts[:3]])
    bulk = embedder.embed(texts)[:3]
    assert alone.shape == (3, embedder.dimension)
    np.testing.assert_allclose(alone, bulk, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(bulk, axis=1), 1.0, atol=1e-5)
