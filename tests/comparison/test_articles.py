"""Articles rebuilt from passages and paired across versions: heading, title, then text."""
from __future__ import annotations

from assistant.comparison.articles import align, articles_of
from assistant.models import Chunk


def chunk(index: int, number: str, title: str, text: str, page: int = 1,
          root: str = "") -> Chunk:
    path = tuple(p for p in (root, f"{number} – {title}") if p)
    return Chunk("doc", index, text, page, page, number, title, path)


def test_the_pieces_of_a_long_clause_join_without_their_overlap() -> None:
    first = ("Le Prestataire restitue les données du Client dans un format ouvert. "
             "La restitution a lieu dans un délai de trente jours.")
    second = ("La restitution a lieu dans un délai de trente jours. Les copies sont ensuite "
              "détruites.")
    articles = articles_of([chunk(0, "Article 9", "Réversibilité", first, page=4),
                            chunk(1, "Article 9", "Réversibilité", second, page=5)], None, {})
    assert len(articles) == 1
    assert articles[0].norm == ("Le Prestataire restitue les données du Client dans un format "
                                "ouvert. La restitution a lieu dans un délai de trente jours. "
                                "Les copies sont ensuite détruites.")
    assert (articles[0].page, articles[0].page_end) == (4, 5)
    assert articles[0].page_at(articles[0].text.index("Les copies")) == 5


def test_pieces_without_overlap_are_kept_whole() -> None:
    articles = articles_of([chunk(0, "Article 2", "Objet", "Première phrase."),
                            chunk(1, "Article 2", "Objet", "Seconde phrase.")], None, {})
    assert articles[0].norm == "Première phrase. Seconde phrase."


def test_each_section_is_an_article_with_its_heading_and_root() -> None:
    articles = articles_of([
        chunk(0, "6.1", "Durée", "Le contrat entre en vigueur.", root="Article 6"),
        chunk(1, "6.2", "Durée", "Il dure trois ans.", root="Article 6")], None, {})
    assert [a.heading for a in articles] == ["6.1 – Durée", "6.2 – Durée"]
    assert {a.root for a in articles} == {"Article 6"}


def _build(rows: list[tuple[str, str, str]]):
    return articles_of([chunk(i, n, t, x) for i, (n, t, x) in enumerate(rows)], None, {})


def _versions(old: list[tuple[str, str, str]], new: list[tuple[str, str, str]]):
    return _build(old), _build(new)


CONTINUITY = ("Le Prestataire maintient un plan de continuité d'activité testé chaque année en "
              "présence du Client.")
INSURANCE = ("Le Prestataire maintient une assurance de responsabilité civile professionnelle de "
             "cinq millions d'euros par sinistre.")
LAW = "Le contrat est soumis au droit français ; le tribunal de commerce de Paris est compétent."


def test_same_heading_pairs_even_when_the_text_changed() -> None:
    old, new = _versions([("Article 1", "Durée", "Le contrat dure trois ans.")],
                         [("Article 1", "Durée", "Le contrat dure deux ans.")])
    assert [(p.old, p.new) for p in align(old, new)] == [(0, 0)]


def test_a_renumbered_moved_article_is_paired_and_a_deleted_one_is_alone() -> None:
    old, new = _versions(
        [("Article 13", "Continuité", CONTINUITY), ("Article 14", "Droit", LAW),
         ("Article 22", "Assurances", INSURANCE)],
        [("Article 13", "Assurances", INSURANCE), ("Article 14", "Droit", LAW)])
    pairs = [(p.old, p.new) for p in align(old, new)]
    assert (2, 0) in pairs and (1, 1) in pairs  # Assurances moved up, Droit kept its number
    assert (0, None) in pairs  # Continuité removed
    assert len(pairs) == 3


def test_an_article_retitled_with_the_same_text_is_paired_by_its_text() -> None:
    old, new = _versions([("Article 5", "Assurance", INSURANCE)],
                         [("Article 8", "Garanties et assurances", INSURANCE)])
    pairs = align(old, new)
    assert [(p.old, p.new) for p in pairs] == [(0, 0)]
    assert pairs[0].similarity == 1.0


def test_unrelated_articles_are_one_removed_and_one_added_in_reading_order() -> None:
    old, new = _versions([("Article 1", "Objet", "Objet du contrat."),
                          ("Article 2", "Continuité", CONTINUITY)],
                         [("Article 1", "Objet", "Objet du contrat."),
                          ("Article 2", "Droit", LAW)])
    assert [(p.old, p.new) for p in align(old, new)] == [(0, 0), (1, None), (None, 1)]
