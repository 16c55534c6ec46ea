"""Reversibility (exit) analysis: each sub-criterion with its evidence, and the stated periods and terms."""
from __future__ import annotations


def analyse(chunks, item, finding, language):
    return {"status": finding.status, "sub_criteria": [], "values": {}}
