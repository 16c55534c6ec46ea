"""Language fit: the probe's measure, its weights, its cache, and how the real model reads."""
from __future__ import annotations

import json
import uuid
import zlib
from pathlib import Path

import numpy as np
import pytest

from assistant.index.language_fit import (
    _PROBE,
    CROSS,
    READS_AT,
    LanguageFit,
    dense_weight,
    pair_accuracy,
    probe,
)

DIMENSION = 64


class ReadingEmbedder:
    """A fake model that understands the probe's clauses in the languages it `reads`.

    In a language it reads, every text of a clause row maps near that row's own direction (the
    same direction in every language it reads, as a multilingual model would); in the others,
    each text gets an unrelated direction drawn from its hash.
    """

    def __init__(self, reads: set[str], extra: dict[str, tuple[str, int]] | None = None) -> None:
        self.name = f"fake-{uuid.uuid4().hex[:8]}"
        self.reads = reads
        self.meaning = {text: (language, row) for language, rows in _PROBE.items()
                        for row, texts in enumerate(rows) for text in texts}
        self.meaning.update(extra or {})
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return np.vstack([self._vector(t) for t in texts]).astype(np.float32)

    def _vector(self, text: str) -> np.ndarray:
        noise = np.random.default_rng(zlib.crc32(text.encode())).normal(size=DIMENSION)
        language, row = self.meaning.get(text, ("", -1))
        vector = noise * 0.03
        if language in self.reads and row >= 0:
            vector[row] += 1.0
        else:
            vector = noise
        return vector / np.linalg.norm(vector)


def test_pair_accuracy_is_one_when_each_query_is_closest_to_its_own_target() -> None:
    identity = np.eye(4)
    assert pair_accuracy(identity, identity) == 1.0
    assert pair_accuracy(identity, identity[::-1]) == 0.0


def test_pair_accuracy_of_identical_vectors_is_zero_not_chance() -> None:
    """Ties are not wins: a model that embeds everything alike separates nothing."""
    flat = np.ones((3, 2)) / np.sqrt(2)
    assert pair_accuracy(flat, flat) == 0.0


@pytest.mark.parametrize(("accuracy", "weight"), [
    (0.3, 0.0), (0.5, 0.0), ((0.5 + READS_AT) / 2, 0.5), (READS_AT, 1.0), (1.0, 1.0)])
def test_dense_weight_goes_from_nothing_at_chance_to_full_for_a_reader(accuracy: float,
                                                                      weight: float) -> None:
    assert dense_weight(accuracy) == pytest.approx(weight)


def test_probe_scores_a_model_that_reads_only_english() -> None:
    scores = probe(ReadingEmbedder({"en"}))
    assert scores["en"] == 1.0
    assert scores["fr"] < 0.7 and scores[CROSS] < 0.7


def test_a_multilingual_model_gets_full_weight_in_french_and_across_languages() -> None:
    fit = LanguageFit(ReadingEmbedder({"fr", "en"}))
    assert fit.weight("fr", "fr") == 1.0
    assert fit.weight("en", "fr") == 1.0
    assert fit.weight("en", "en") == 1.0


def test_an_english_model_gets_little_weight_in_french() -> None:
    fit = LanguageFit(ReadingEmbedder({"en"}))
    assert fit.weight("en", "en") == 1.0
    assert fit.weight("fr", "fr") < 0.5
    assert fit.weight("fr", "en") < 0.5


def test_declared_languages_replace_the_probe() -> None:
    embedder = ReadingEmbedder({"en"})
    fit = LanguageFit(embedder, declared=("fr", "en"))
    assert fit.weight("fr", "fr") == 1.0 and fit.weight("fr", "en") == 1.0
    assert fit.weight("de", "fr") == 0.0
    assert embedder.calls == 0


def test_a_language_the_probe_does_not_cover_keeps_the_model_as_it_is() -> None:
    assert LanguageFit(ReadingEmbedder({"en"})).weight("de", "de") == 1.0


def test_probe_results_are_kept_on_disk_for_the_next_process(tmp_path: Path) -> None:
    cache = tmp_path / "data" / "language_fit.json"
    first = ReadingEmbedder({"en"})
    scores = LanguageFit(first, cache_file=cache).scores()
    assert json.loads(cache.read_text())[first.name]["scores"] == scores

    from assistant.index import language_fit

    language_fit._measured.clear()  # as in a new process
    again = ReadingEmbedder({"en"})
    again.name = first.name
    assert LanguageFit(again, cache_file=cache).scores() == scores
    assert again.calls == 0


def test_an_unreadable_cache_is_measured_again(tmp_path: Path) -> None:
    cache = tmp_path / "language_fit.json"
    cache.write_text("{not json", encoding="utf-8")
    embedder = ReadingEmbedder({"en"})
    assert LanguageFit(embedder, cache_file=cache).scores()["en"] == 1.0
    assert embedder.name in json.loads(cache.read_text())


def test_the_default_model_reads_english_fully_and_french_partly() -> None:
    """The real model: measured, not declared (see README, EMBEDDING_LANGUAGES)."""
    from assistant.index.embeddings import load_embedder
    from assistant.settings import DEFAULT_EMBEDDING_MODEL

    fit = LanguageFit(load_embedder(DEFAULT_EMBEDDING_MODEL))
    assert fit.weight("en", "en") == 1.0
    assert 0.0 < fit.weight("fr", "fr") < 0.75
    assert fit.weight("fr", "en") < 0.75
