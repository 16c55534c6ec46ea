"""Page rendering for "Show in document": the quote is found on the PDF page and highlighted."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from assistant.exports.rendering import find_boxes, page_count, render_page
from tests.builders import FRENCH_CONTRACT, make_pdf

SCALE = 2.0
# On page 2, this sentence wraps over two lines of the generated PDF.
TWO_LINE_QUOTE = ("le Prestataire restitue au Client l'ensemble des données dans un format ouvert "
                  "(CSV)")


@pytest.fixture(scope="module")
def contract(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rendering")
    return make_pdf(folder / "contrat.pdf", FRENCH_CONTRACT, header="Contrat n° 2024-017",
                    footer="Page {page}/{pages}")


def test_quote_wrapping_over_two_lines_gives_one_box_per_line(contract: Path) -> None:
    boxes = find_boxes(contract, 2, TWO_LINE_QUOTE)
    assert len(boxes) == 2
    first, second = boxes
    assert second.top < first.bottom  # the second line is below the first


def test_search_ignores_case_and_extra_spaces(contract: Path) -> None:
    assert find_boxes(contract, 2, "ARTICLE 4 –   réversibilité")


def test_quote_absent_from_the_page_finds_nothing(contract: Path) -> None:
    assert find_boxes(contract, 1, "Article 4 – Réversibilité") == []
    assert find_boxes(contract, 2, "aucune phrase de ce genre dans le contrat") == []


def test_quote_reworded_after_its_first_sentence_still_marks_that_sentence(contract: Path) -> None:
    quote = ("Le prix forfaitaire annuel est de 120 000 € HT, payable trimestriellement à terme "
             "échu. Cette seconde phrase a été reformulée et ne figure pas telle quelle.")
    boxes = find_boxes(contract, 2, quote)
    assert len(boxes) == 1
    assert boxes == find_boxes(contract, 2, quote.split(". ")[0] + ".")


def test_render_page_paints_the_quote_and_reports_what_it_found(contract: Path) -> None:
    rendered = render_page(contract, 2, [TWO_LINE_QUOTE, "not on this page at all, really"],
                           scale=SCALE)
    assert (rendered.page, rendered.pages, rendered.found) == (2, 3, 1)
    image = Image.open(io.BytesIO(rendered.png)).convert("RGB")
    assert image.size == (rendered.width, rendered.height)
    page_height = rendered.height / SCALE
    box = find_boxes(contract, 2, TWO_LINE_QUOTE)[0]
    region = image.crop((int(box.left * SCALE), int((page_height - box.top) * SCALE),
                         int(box.right * SCALE), int((page_height - box.bottom) * SCALE)))
    pixels = [region.getpixel((x, y)) for x in range(region.width)
              for y in range(region.height)]
    marker = [p for p in pixels if p[0] > 240 and 200 < p[1] < 250 and p[2] < 200]
    assert len(marker) > len(pixels) / 2  # mostly yellow paper: the marker, between glyphs
    margin = image.getpixel((5, 5))
    assert margin == (255, 255, 255)


def test_render_page_without_quotes_is_the_plain_page(contract: Path) -> None:
    rendered = render_page(contract, 1, scale=1.0)
    image = Image.open(io.BytesIO(rendered.png)).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 7)
               for y in range(0, image.height, 7)}
    assert all(r == g == b for r, g, b in colours)  # only greys: text on white, no marker
    assert rendered.found == 0


@pytest.mark.parametrize("page", [0, 4])
def test_page_outside_the_document_is_refused(contract: Path, page: int) -> None:
    with pytest.raises(ValueError, match=r"outside the document \(1-3\)"):
        render_page(contract, page)


def test_page_count(contract: Path) -> None:
    assert page_count(contract) == 3
