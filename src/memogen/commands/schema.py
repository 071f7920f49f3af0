"""Print the JSON Schema of the facts format.

Editors use it to complete and check facts files; `memogen init` writes it to
schema/facts.schema.json.
"""

from __future__ import annotations

import argparse

from memogen.console import Console


def run(args: argparse.Namespace, ui: Console) -> int:
    import json

    from memogen.errors import ExitCode
    from memogen.facts.schema import facts_schema

    ui.result(json.dumps(facts_schema(), ensure_ascii=False, indent=2))
    return ExitCode.OK
