"""Comparison: two versions of a contract, or a contract against model clauses, clause by clause.

Owns the alignment of articles (by number and heading, then by text), word-level redlines,
the per-item verdicts for the client (better, worse, changed, same) with their reasons and
quotes, the model clauses read from the reference corpus, and the comparison's own exports
(text, Markdown, DOCX, PDF, JSON). May import the base modules and every layer below
(`documents`, `index`, `analysis`, `answers`, `exports`).
"""
from .compare import compare_versions
from .model import Comparison, Version
from .template import compare_with_models as compare_to_models

__all__ = ["Comparison", "Version", "compare_to_models", "compare_versions"]
