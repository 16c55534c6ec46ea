"""Exports: results written out for people.

Owns the gap-analysis reports (Markdown, PDF, DOCX, CSV, JSON), PDF pages with highlighted
evidence, and the chat transcript. May import the base modules and every layer below
(`documents`, `index`, `analysis`, `answers`).
"""
