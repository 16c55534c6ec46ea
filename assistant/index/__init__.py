"""Index: passages made searchable.

Owns the embedding model, the Chroma store, the keyword (BM25) index and its bilingual
vocabulary, hybrid retrieval and the reference corpus. May import the base modules and
`documents`.
"""
