"""The committed JSON Schema is the model's, and facts files point editors at it."""

from __future__ import annotations

import json

from memogen.facts.schema import SCHEMA_PATH, facts_schema
from paths import ROOT


def test_committed_schema_is_current():
    committed = json.loads((ROOT / SCHEMA_PATH).read_text(encoding="utf-8"))
    assert committed == facts_schema(), "schema is stale: run `memogen schema > schema/facts.schema.json`"


def test_facts_files_reference_the_schema():
    for path in (ROOT / "facts").glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/facts.schema.json", path


def test_example_validates_against_the_schema():
    import jsonschema
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load((ROOT / "facts" / "vologda-2025.yaml").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(data, default=str))  # dates as the text the file holds
    jsonschema.validate(data, facts_schema())
