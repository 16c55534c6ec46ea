"""Answers: questions understood and answered with quotes.

Owns question understanding, extractive answers, excerpt picking, French/English wording, the
optional LLM path (prompting, chat model, grounding check). May import the base modules,
`documents`, `index` and `analysis`.
"""
