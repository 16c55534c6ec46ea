"""The assistant's errors: the core raises them; only the CLI and the UI word them for people."""
from __future__ import annotations


class AssistantError(Exception):
    """Base of every error the core raises on purpose; its message is meant for a person."""


class IngestError(AssistantError):
    """A file could not be read as a contract (corrupt, encrypted, empty, wrong type, too large)."""


class OcrRequiredError(IngestError):
    """A PDF has no text layer and OCR is not available to read it."""


class DocumentNotFoundError(AssistantError):
    """No indexed document matches the given name or hash."""


class StoreError(AssistantError):
    """The vector store could not be reached or refused a write."""


class PlaybookError(AssistantError):
    """A playbook file is missing, is not valid YAML, or does not match the schema."""


class LLMUnavailableError(AssistantError):
    """The configured language model could not be reached or answered too slowly."""


class ComparisonError(AssistantError):
    """Two documents cannot be compared (e.g. a contract and its translation)."""


class ConfigurationError(AssistantError):
    """A setting names something that cannot be used (unknown provider, missing model path)."""
