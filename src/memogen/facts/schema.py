"""The `Facts` model → the JSON Schema that editors use to check and complete facts files."""

from __future__ import annotations

from pathlib import Path

from memogen.facts.model import Facts

# Where the committed copy lives, relative to the workspace; facts files point to it.
SCHEMA_PATH = Path("schema") / "facts.schema.json"


def facts_schema() -> dict:
    schema = Facts.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
