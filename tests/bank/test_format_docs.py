"""The teacher documentation and the JSON Schema: committed, generated from the models, and right.

The committed files must equal what the commands print today, so they never drift from the
models; every example in the documentation must load as a bank without a single problem.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
import tomli
from bank_texts import HEAD

from quizapp.bank.docs import DOCS_PATH, render_docs
from quizapp.bank.loader import find_bank_files, parse_bank_text
from quizapp.bank.models import KIND_NAMES, MODEL_BY_KIND, Bank, Pair, QuestionBase, Source
from quizapp.bank.schema import SCHEMA_FILE_NAME, schema_text
from quizapp.cli import main

REPO = Path(__file__).resolve().parents[2]
COMMITTED_DOCS = REPO / DOCS_PATH
COMMITTED_SCHEMA = REPO / "questions" / SCHEMA_FILE_NAME
BUNDLED_BANKS = find_bank_files(REPO / "questions")

_TOML_BLOCK = re.compile(r"^```toml\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def committed_docs() -> str:
    return COMMITTED_DOCS.read_text(encoding="utf-8")


def toml_examples() -> list[str]:
    return _TOML_BLOCK.findall(committed_docs())


def test_committed_docs_match_the_models() -> None:
    assert committed_docs() == render_docs(), f"{DOCS_PATH} is out of date: run `quizapp docs -o {DOCS_PATH}`"


def test_committed_schema_matches_the_models() -> None:
    schema_path = f"questions/{SCHEMA_FILE_NAME}"
    assert COMMITTED_SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        f"{schema_path} is out of date: run `quizapp schema -o {schema_path}`"
    )


@pytest.mark.parametrize("example", toml_examples(), ids=lambda text: text.split("\n", 3)[1][:40])
def test_every_example_in_the_docs_loads_without_problems(example: str) -> None:
    """Question examples are wrapped in the smallest bank; whole-bank examples load as they are."""
    text = HEAD + example if example.startswith("[[questions]]") else example
    bank, problems = parse_bank_text(text, DOCS_PATH)
    assert problems == ()
    assert bank is not None


def test_every_kind_has_a_section_with_its_own_example() -> None:
    docs = committed_docs()
    sections = re.split(r"^### ", docs, flags=re.MULTILINE)
    for kind in KIND_NAMES:
        [section] = [section for section in sections if section.startswith(f"{kind}\n")]
        [example] = _TOML_BLOCK.findall(section)
        assert f'kind = "{kind}"' in example
        assert " ".join(MODEL_BY_KIND[kind].__doc__.split()) in " ".join(section.split())
    assert len(toml_examples()) == 1 + len(KIND_NAMES)  # the first bank, then one per kind


@pytest.mark.parametrize("model", [Bank, Source, QuestionBase, Pair, *MODEL_BY_KIND.values()], ids=lambda m: m.__name__)
def test_every_key_a_teacher_may_write_is_documented(model: type) -> None:
    docs = committed_docs()
    for name in model.__pydantic_fields__:
        assert f"| `{name}` |" in docs, f"{model.__name__}.{name} is missing from {DOCS_PATH}"


def test_required_and_default_are_read_from_the_models() -> None:
    docs = committed_docs()
    assert "| `shuffle` | true or false | optional, default `true` |" in docs
    assert "| `title` | text | required |" in docs
    assert (
        "| `items` | list of text | required | The items, in the right order (first to last). At least 2. At most 26. |"
        in docs
    )
    assert "| `text` | text | required | The passage. Each `{{...}}` is a blank; `\\|` separates" in docs


def test_quizapp_docs_prints_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs"]) == 0
    assert capsys.readouterr().out == render_docs()


def test_quizapp_docs_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "format.md"
    assert main(["docs", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render_docs()
    assert capsys.readouterr().err == f"wrote {target}\n"


def test_quizapp_docs_cannot_write_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "format.md"
    assert main(["docs", "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"quizapp: cannot write {target}: there is no folder {target.parent}; nothing was written\n"
    )


# -- the schema, as an editor uses it -------------------------------------------------------------


def _as_json(value: Any) -> Any:
    """TOML dates as the ISO strings JSON Schema validators expect."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    return value


@pytest.fixture(scope="module")
def schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed; add it to the test extras")
    schema = json.loads(COMMITTED_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


@pytest.mark.parametrize("path", BUNDLED_BANKS, ids=lambda path: path.name)
def test_the_schema_accepts_the_bundled_banks(schema_validator: Any, path: Path) -> None:
    data = _as_json(tomli.loads(path.read_text(encoding="utf-8")))
    assert [error.message for error in schema_validator.iter_errors(data)] == []


def test_the_schema_accepts_the_docs_examples_and_rejects_a_misspelt_kind(schema_validator: Any) -> None:
    for example in toml_examples():
        data = _as_json(tomli.loads(HEAD + example if example.startswith("[[questions]]") else example))
        assert [error.message for error in schema_validator.iter_errors(data)] == []
    data["questions"][0]["kind"] = "multiple_choise"
    assert list(schema_validator.iter_errors(data))


@pytest.mark.parametrize("path", BUNDLED_BANKS, ids=lambda path: path.name)
def test_schema_comments_in_bundled_banks_point_at_the_committed_schema(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    if not first_line.startswith("#:schema "):
        pytest.skip(f"{path.name} has no #:schema line")
    assert (path.parent / first_line.removeprefix("#:schema ").strip()).resolve() == COMMITTED_SCHEMA
