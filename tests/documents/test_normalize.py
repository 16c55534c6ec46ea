"""Text clean-up: Unicode, hyphenation, running headers and flattened headings."""
from __future__ import annotations

import pytest

from assistant.documents.normalize import normalize_text, strip_repeated_lines, strip_running_lines


@pytest.mark.parametrize(("raw", "expected"), [
    ("re\u0301versibilite\u0301", "réversibilité"),  # decomposed accents become NFC
    ("sous-trai\u00adtance", "sous-traitance"),  # soft hyphen
    ("la sous-trai-\ntance est interdite", "la sous-traitance est interdite"),
    ("Jean-\nPierre", "Jean-\nPierre"),  # a capital after the break is a real compound
    ("a\u00a0b   c", "a b c"),
    ("\ufb01chier", "fichier"),
    ("un\n\n\n\ndeux", "un\n\ndeux"),
])
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_flattened_heading_is_split_from_its_body() -> None:
    text = normalize_text("  21.  GOVERNING LAW   This Agreement is governed by Dutch law.    "
                          "22.  DISPUTES   Any dispute goes to arbitration.")
    assert text.split("\n") == ["21. GOVERNING LAW", "This Agreement is governed by Dutch law.",
                                "22. DISPUTES", "Any dispute goes to arbitration."]


def test_running_header_and_numbered_footer_are_removed() -> None:
    bodies = ["Article 1 – Objet\nLe contrat porte sur l'infogérance.",
              "Article 2 – Durée\nTrois (3) ans.",
              "Le prix est forfaitaire.\nIl est révisé chaque année.",
              "Article 4 – Droit applicable\nLe droit français s'applique."]
    pages = [f"ACME – Contrat d'infogérance\n{body}\nPage {i}/4"
             for i, body in enumerate(bodies, 1)]
    assert strip_running_lines(pages) == bodies


def test_running_lines_of_a_two_page_annex_are_removed() -> None:
    pages = ["Annexe 1 – Page 1/2\nArticle 1 – Disponibilité\nCible 99,8 %.",
             "Annexe 1 – Page 2/2\nArticle 2 – Pénalités\nUn pour cent."]
    assert strip_running_lines(pages) == ["Article 1 – Disponibilité\nCible 99,8 %.",
                                          "Article 2 – Pénalités\nUn pour cent."]


def test_single_page_is_left_alone() -> None:
    assert strip_running_lines(["En-tête\nun"]) == ["En-tête\nun"]


def test_repeated_long_lines_of_a_flat_text_are_dropped() -> None:
    header = "CONFIDENTIAL TREATMENT REQUESTED FOR PORTIONS MARKED ***"
    text = "\n".join([header, "one", header, "two", header, "three"])
    assert strip_repeated_lines(text) == "one\ntwo\nthree"


def _pages(bodies: list[str], header: str = "", footer: str = "") -> list[str]:
    total = len(bodies)
    return ["\n".join(part for part in (header.format(page=n, pages=total), body,
                                        footer.format(page=n, pages=total)) if part)
            for n, body in enumerate(bodies, 1)]


BODIES = [f"Article {n} – {title}\n{text}" for n, (title, text) in enumerate([
    ("Objet", "Le Prestataire exploite les serveurs du Client."),
    ("Durée", "Le contrat court trois ans à compter de sa signature."),
    ("Prix", "La redevance mensuelle est de 9 000 € HT."),
    ("Niveaux de service", "La disponibilité mensuelle atteint au moins 99,7 %."),
    ("Pénalités", "Chaque heure d'indisponibilité coûte 1 % de la redevance."),
    ("Réversibilité", "Les données sont rendues au format CSV en fin de contrat."),
    ("Audit", "Le Client peut auditer le Prestataire une fois par an."),
    ("Confidentialité", "Les parties gardent secrètes les informations échangées."),
    ("Litiges", "Le tribunal de commerce de Rennes est seul compétent."),
], 1)]


@pytest.mark.parametrize("footer", [
    "Page {page} / {pages}",
    "Page {page} sur {pages}",
    "- {page} -",
    "{page}",
    "{page}/{pages}",
    # company details that vary only by their page number, with no word "page"
    "Orvanne SAS au capital de 84 000 € – RCS Rennes 902 118 450 – {page}",
    # a footer block of three lines
    "Orvanne SAS – 7 allée des Tilleuls, 35000 Rennes\nSIRET 902 118 450 00017 – Réf. "
    "CTR-2031-07 v1.4\n{page} / {pages}",
])
def test_footer_with_a_page_number_is_removed_from_every_page(footer: str) -> None:
    pages = _pages(BODIES, header="Contrat de services Orvanne – Diffusion restreinte",
                   footer=footer)
    assert strip_running_lines(pages) == BODIES


def test_running_header_naming_each_chapter_is_removed() -> None:
    chapters = ["Objet et périmètre", "Durée", "Prix et facturation", "Niveaux de service",
                "Réversibilité", "Responsabilité", "Audit", "Confidentialité", "Litiges"]
    pages = [f"Orvanne – Contrat de services informatiques – Chapitre {n} : {title}\n{body}"
             for n, (title, body) in enumerate(zip(chapters, BODIES, strict=True), 1)]
    assert strip_running_lines(pages) == BODIES


def test_clause_that_looks_like_a_footer_is_kept() -> None:
    """Words of a footer ("capital", "page", a number) in a clause on one page are contract."""
    bodies = list(BODIES)
    bodies[2] += "\nLe Prestataire maintient son capital social au-dessus de 50 000 €."
    bodies[4] = "Page 12 du rapport : le taux de disponibilité mesuré.\n" + bodies[4]
    pages = _pages(bodies, footer="Page {page} / {pages}")
    assert strip_running_lines(pages) == bodies


def test_lines_alike_but_for_numbers_that_do_not_follow_the_pages_are_kept() -> None:
    """Two clauses that differ only by their figures are not a running line."""
    bodies = [f"Pénalité de niveau {n}\nLe Prestataire verse {n * 150} € par heure de retard."
              for n in (4, 1, 7, 3, 9)]
    assert strip_running_lines(bodies) == bodies


def test_flattened_text_loses_its_page_numbers_and_the_header_at_each_break() -> None:
    body_lines = [f"Ligne {i} du texte du contrat, sans rapport avec une page." for i in range(60)]
    parts = []
    for page in range(4):
        parts += ["Marché n° 31AB07", *body_lines[page * 15:(page + 1) * 15], f"- {page + 1} -"]
    assert strip_repeated_lines("\n".join(parts)) == "\n".join(body_lines)


def test_numbered_lines_close_together_are_not_page_numbers() -> None:
    text = "\n".join(["Niveaux de priorité :", "1", "Bloquant", "2", "Majeur", "3", "Mineur",
                     "Voir la page 4 de l'annexe pour les délais."])
    assert strip_repeated_lines(text) == text


def test_pages_opening_on_alike_sentences_keep_them() -> None:
    """Pages that start with the same words of different sentences hold no running header."""
    ends = [("pendant toute la durée", "du contrat une assistance téléphonique."),
            ("chaque mois", "un rapport détaillé des incidents."),
            ("dès leur publication", "les mises à jour de sécurité."),
            ("à sa demande", "un accès à la console de supervision.")]
    bodies = [f"Le Prestataire s'engage à fournir au Client, sans frais, {first}\n{second}"
              for first, second in ends]
    assert strip_running_lines(bodies) == bodies


def test_article_numbers_alone_on_their_lines_are_not_page_numbers() -> None:
    """Numbers that count up on their own lines at uneven distances number articles."""
    lengths = [14, 40, 13, 60, 18]
    lines = []
    for number, length in enumerate(lengths, 1):
        lines += [f"{number}.", f"TITRE DE L'ARTICLE {number}"]
        lines += [f"Phrase {i} de l'article {number}, propre à cet article." for i in range(length)]
    text = "\n".join(lines)
    assert strip_repeated_lines(text) == text


def test_plain_page_numbers_a_page_apart_are_removed() -> None:
    body = [f"Phrase {i} du cahier des clauses, propre à cette ligne." for i in range(160)]
    parts = []
    for page in range(4):
        parts += [*body[page * 40:(page + 1) * 40], str(page + 1)]
    assert strip_repeated_lines("\n".join(parts)) == "\n".join(body)


def test_content_whose_number_happens_to_follow_the_pages_is_kept() -> None:
    """Article N on page N, and a sentence about lot N going on below, are not running lines."""
    pages = [f"Article {n} – Prestation numéro {n}\n"
             f"Le Prestataire exploite le lot {n} du système d'information et en\n"
             f"assure la maintenance corrective et évolutive.\n"
             f"Les incidents sont traités selon la procédure convenue.\n"
             f"Page {n} / 12" for n in range(1, 13)]
    cleaned = strip_running_lines(pages)
    for n, page in enumerate(cleaned, start=1):
        assert f"Article {n} – Prestation numéro {n}" in page
        assert f"lot {n} du système" in page
        assert "Page" not in page
