"""The shipped clause classifier: per-item probabilities from passage embeddings (scikit-learn)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "models" / "clause_classifier.npz"


@lru_cache(maxsize=1)
def _load(path: Path = MODEL_PATH) -> tuple[dict[str, tuple[np.ndarray, float]], str] | None:
    # Stored as plain arrays (coefficients and intercepts of one logistic regression per item),
    # so loading needs neither pickle nor a matching scikit-learn version.
    if not path.is_file():
        return None
    data = np.load(path, allow_pickle=False)
    ids = [str(i) for i in data["ids"]]
    weights = {item: (data["coef"][k].astype(np.float32), float(data["intercept"][k]))
               for k, item in enumerate(ids)}
    return weights, str(data["embedding_model"])


def available() -> list[str]:
    """Item ids the shipped model scores."""
    loaded = _load()
    return sorted(loaded[0]) if loaded else []


def predict(vectors: np.ndarray, item_ids: list[str]) -> dict[str, np.ndarray]:
    """Probability that each passage states each item, for the items the model knows."""
    loaded = _load()
    if loaded is None or len(vectors) == 0:
        return {}
    weights, _ = loaded
    matrix = np.asarray(vectors, dtype=np.float32)
    result = {}
    for item in item_ids:
        if item in weights:
            coef, intercept = weights[item]
            result[item] = 1.0 / (1.0 + np.exp(-(matrix @ coef + intercept)))
    return result
