"""Documents: files in, normalised pages and structured passages out.

Owns reading (PDF, DOCX, TXT, Markdown, OCR), text clean-up, language detection, the contract's
own headings and chunking. May import only the base modules (`errors`, `models`, `settings`).
"""
