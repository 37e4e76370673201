"""The JSON Schema of the bank format, derived from the models (never written by hand).

Editors read it through a `#:schema` comment at the top of a bank (Taplo, Even Better TOML).
"""

from __future__ import annotations

import json
from typing import Any

from quizapp.bank.models import Bank

SCHEMA_FILE_NAME = "quizapp-bank.schema.json"
SCHEMA_COMMENT = f"#:schema ./{SCHEMA_FILE_NAME}"


def bank_schema() -> dict[str, Any]:
    schema = Bank.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "quizapp question bank"
    return schema


def schema_text() -> str:
    return json.dumps(bank_schema(), indent=2, ensure_ascii=False) + "\n"
