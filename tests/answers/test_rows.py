"""Times read from a table of service levels: the severity row and the column asked."""
from __future__ import annotations

import pytest

from assistant.analysis.numbers import find_quantities
from assistant.analysis.signals import fold
from assistant.answers.rows import row_figure

TABLE = ("Niveau Délai d'intervention Délai de résolution\n"
         "Critique 30 minutes 4 heures\n"
         "Haute 2 heures 1 jour\n"
         "Basse 1 jour 10 jours")
INLINE = ("P1: response within 15 minutes, resolution within 2 hours; "
          "P2: response within 1 hour, resolution within 8 hours.")


@pytest.mark.parametrize(("text", "question", "display"), [
    (TABLE, "Quel est le délai de résolution d'un incident critique ?", "4 heures"),
    (TABLE, "Quel est le délai d'intervention pour une priorité haute ?", "2 heures"),
    (TABLE, "Délai pour un incident de priorité basse ?", "1 jour"),
    (INLINE, "What is the resolution time for a P2 incident?", "8 hours"),
    (INLINE, "What is the response time for P1?", "15 minutes"),
])
def test_the_time_on_the_row_and_in_the_column_asked(text, question, display):
    folded = fold(text)
    assert row_figure(folded, find_quantities(text), fold(question)).display == display


def test_no_severity_named_reads_no_row():
    assert row_figure(fold(TABLE), find_quantities(TABLE), "quel est le delai ?") is None
