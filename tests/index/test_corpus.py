"""The reference corpus: every guide parses, every checklist id has a French and an English
guide with a model clause, and each guide is retrievable by its clause id from a real index."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis.playbooks import load_playbook
from assistant.errors import AssistantError
from assistant.index.corpus import load_guides, read_guide
from assistant.service import build_assistant
from assistant.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
CLAUSE_IDS = [item.id for item in load_playbook("infogerance").items]
MODEL_CLAUSE_HEADING = {"fr": "## Clause type", "en": "## Model clause"}


def test_every_guide_parses_with_its_front_matter() -> None:
    guides = load_guides(CORPUS)
    assert len(guides) >= 2 * 22 + 2
    for guide in guides:
        assert guide.language in ("fr", "en")
        assert guide.id.startswith(f"{guide.language}-")
        assert guide.path.startswith(f"corpus/{guide.language}/")
        assert set(guide.clause_ids) <= set(CLAUSE_IDS), guide.path
        assert guide.title and guide.sources and guide.body


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("clause_id", CLAUSE_IDS)
def test_each_clause_has_a_guide_with_a_model_clause(language: str, clause_id: str) -> None:
    guide = read_guide(CORPUS / language / f"{clause_id}.md", CORPUS)
    assert guide.clause_ids == (clause_id,)
    assert MODEL_CLAUSE_HEADING[language] in guide.body


def test_a_guide_without_front_matter_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "fr"
    folder.mkdir(parents=True)
    (folder / "x.md").write_text("## Pas d'en-tête\nTexte.", encoding="utf-8")
    with pytest.raises(AssistantError, match=r"x\.md: a reference guide must start with front"):
        load_guides(tmp_path / "corpus")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("corpus-index")
    return build_assistant(Settings(data_dir=data, corpus_dir=CORPUS))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_guide_is_retrievable_by_its_clause_id(indexed, language: str) -> None:
    for clause_id in CLAUSE_IDS:
        hits = indexed.search_reference("clause", k=3, language=language, clause_id=clause_id)
        assert hits, clause_id
        assert {h.document for h in hits} <= {
            g.path for g in indexed.reference.guides if clause_id in g.clause_ids}
        assert f"corpus/{language}/{clause_id}.md" in {
            d.name for d in indexed.reference.documents(language=language, clause_id=clause_id)}


def test_reference_search_finds_the_reversibility_guide_in_french(indexed) -> None:
    hits = indexed.search_reference("restitution des données en fin de contrat et période de "
                                    "transition", k=5, language="fr")
    assert any(h.document in ("corpus/fr/reversibility.md", "corpus/fr/guide-reversibilite.md")
               for h in hits[:3])
