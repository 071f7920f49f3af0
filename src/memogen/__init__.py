"""memogen: curated facts files → official briefing memos in PDF and DOCX."""

__version__ = "0.1.0"
