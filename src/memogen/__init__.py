"""memogen: curated facts files → official briefing memos in PDF and DOCX."""

from memogen import pydantic_plugins

__version__ = "0.1.0"

pydantic_plugins.install()  # before any pydantic model is built (see that module)
