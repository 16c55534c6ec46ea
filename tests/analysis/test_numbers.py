"""Quantities in French and English contracts: number words, figures in brackets, units, display."""
from __future__ import annotations

import pytest

from assistant.analysis.numbers import find_quantities, parse_digits, parse_words


@pytest.mark.parametrize(("text", "amount", "unit", "display"), [
    ("trente (30) jours", 30, "days", "30 jours"),
    ("ninety (90) days", 90, "days", "90 days"),
    ("six mois", 6, "months", "6 mois"),
    ("douze (12) mois", 12, "months", "12 mois"),
    ("99,8 %", 99.8, "%", "99,8 %"),
    ("99.95% availability", 99.95, "%", "99.95 %"),
    ("quatre-vingt-dix jours", 90, "days", "90 jours"),
    ("soixante et onze jours", 71, "days", "71 jours"),
    ("trois cent soixante-cinq jours", 365, "days", "365 jours"),
    ("a period of one (1) year", 1, "years", "1 year"),
    ("twenty-four (24) hours", 24, "hours", "24 hours"),
    ("deux heures ouvrées", 2, "business hours", "2 heures ouvrées"),
    ("five (5) business days", 5, "business days", "5 business days"),
    ("three (3) calendar months", 3, "months", "3 months"),
    ("24 (twenty-four) hours", 24, "hours", "24 hours"),
    ("36 (thirty-six) months", 36, "months", "36 months"),
    ("1 an", 1, "years", "1 an"),
    ("25 000 euros HT", 25000, "EUR", "25\u202f000 EUR"),
    ("$1,000,000.00", 1_000_000, "USD", "1,000,000 USD"),
    ("One Million Dollars ($1,000,000)", 1_000_000, "USD", "1,000,000 USD"),
    ("cent cinquante euros", 150, "EUR", "150 EUR"),
    ("deux mille (2 000) euros", 2000, "EUR", "2\u202f000 EUR"),
    ("five hundred pounds", 500, "GBP", "500 GBP"),
    ("R 230 650 per month", 230650, "ZAR", "230,650 ZAR"),
    ("ZAR 12 000", 12000, "ZAR", "12,000 ZAR"),
    # Swiss francs grouped by apostrophes, other currencies by their ISO code.
    ("CHF 1'250'000.– hors TVA", 1_250_000, "CHF", "1\u202f250\u202f000 CHF"),
    ("un plafond de 40 000 francs suisses", 40000, "CHF", "40\u202f000 CHF"),
    ("NZD 2,400,000 per year", 2_400_000, "NZD", "2,400,000 NZD"),
    ("KES 7,500,000 per month", 7_500_000, "KES", "7,500,000 KES"),
])
def test_a_quantity_is_read_with_its_unit(text, amount, unit, display):
    found = find_quantities(text)
    assert len(found) == 1
    assert (found[0].amount, found[0].unit, found[0].display) == (amount, unit, display)


def test_spans_point_into_the_original_text():
    text = "Le préavis est de trois (3) mois, la période de transition de six mois."
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert spans == ["trois (3) mois", "six mois"]


@pytest.mark.parametrize(("words", "value"), [
    ("ninety", 90), ("twenty-four", 24), ("one hundred and twenty", 120), ("quatre-vingts", 80),
    ("soixante-dix", 70), ("cent vingt", 120), ("deux cents", 200), ("mille", 1000),
    ("vingt et un", 21), ("not a number", None),
])
def test_number_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize(("figure", "value"), [
    ("30", 30.0), ("99,8", 99.8), ("99.8", 99.8), ("1,000,000.00", 1_000_000.0),
    ("25 000", 25000.0), ("25.000", 25000.0), ("25 000,50", 25000.5), ("1'250'000", 1250000.0),
])
def test_figures_with_french_and_english_separators(figure, value):
    assert parse_digits(figure) == value


def test_durations_convert_to_days_for_comparison():
    months, days = find_quantities("six (6) months or 180 days")
    assert months.in_days() == pytest.approx(182.4)
    assert days.in_days() == 180


@pytest.mark.parametrize(("text", "amount", "unit"), [
    # A PDF joined "quarante-" and "huit" over a line break; the figure in brackets still counts.
    ("dans un délai de quarantehuit (48) heures", 48, "hours"),
    # A footnote call right after the unit.
    ("un préavis de trois (3) mois2 à compter de la notification", 3, "months"),
    ("within ten (10) days3 of receipt", 10, "days"),
])
def test_a_quantity_survives_pdf_extraction_accidents(text, amount, unit):
    found = find_quantities(text)
    assert [(q.amount, q.unit) for q in found] == [(amount, unit)]


def test_a_unit_must_end_its_word():
    assert find_quantities("12 annuels") == []


@pytest.mark.parametrize(("text", "display"), [
    ("un délai de rétablissement de 72h en heures non ouvrables", "72 heures"),
    ("the service is restored within 4h of the call", "4 hours"),
    ("une prise en charge sous 30 min", "30 minutes"),
])
def test_an_abbreviated_unit_is_shown_in_the_sentence_language(text, display):
    assert [q.display for q in find_quantities(text)] == [display]


def test_a_code_article_numbered_r_is_no_amount_of_rand():
    assert find_quantities("En application de l'article R 2193-1 du code") == []


def test_the_end_of_a_month_is_a_date_not_a_length():
    text = "Le client peut résilier pour la fin d'un mois moyennant un préavis de quatre mois."
    assert [text[q.start:q.end] for q in find_quantities(text)] == ["quatre mois"]
    assert [q.amount for q in find_quantities("à la fin de trois mois")] == [3]
