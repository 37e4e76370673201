"""Hypothesis mutates the bundled banks the way careless editing and hostile files do: lines deleted and
duplicated, bytes flipped, kinds swapped, tables nested deep, huge numbers, values of the wrong type, control
characters. Whatever comes out, loading it gives located one-line problems (or a bank), in under 2 s each,
and never an exception (tests/teacher/test_results_mutations.py does the same to results files)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import load_bank

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
BANKS = {path.name: path.read_bytes() for path in sorted(QUESTIONS.glob("*.toml"))}
KINDS = ("multiple_choice", "multi_select", "true_false", "short_answer", "cloze", "ordering", "matching", "essay")
LOCATED = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+$|^[^\n:]+: [^\n]+$")
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = [
    b"[" + b".".join([b"a"] * 2000) + b"]\nx = 1\n",
    b".".join([b"b"] * 2000) + b" = 1\n",
    b"z = " + b"[" * 600 + b"]" * 600 + b"\n",
    b"z = " + b"{a=" * 300 + b"1" + b"}" * 300 + b"\n",
    b"big = " + b"9" * 5001 + b"\n",
    b"big = " + b"9" * 1000 + b"\n",
    b'id = ["x"]\n',
    b"id = {a = 1}\n",
    b'prompt = "\\u001B]52;c;aGk=\\u0007\\u001B]0;t\\u0007\\u001B[2J"\n',
    b'long = "' + b"x" * 120_000 + b'"\n',
    b"many = [" + b"1," * 60_000 + b"]\n",
    b"[[questions]]\n",
    b"kind = 1\n",
    b"answer = []\n",
    b"choices = {}\n",
    b"\x1b\x00\xff\xfe",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(BANKS)))
    lines = BANKS[name].split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "flip", "kind", "hostile", "wrong_type", "control"]))
        line = lines[where]
        if action == "delete":
            del lines[where]
        elif action == "duplicate":
            lines.insert(where, line)
        elif action == "flip" and line:
            at = draw(st.integers(0, len(line) - 1))
            lines[where] = line[:at] + bytes([line[at] ^ (1 << draw(st.integers(0, 7)))]) + line[at + 1 :]
        elif action == "kind":
            lines[where] = b'kind = "' + draw(st.sampled_from(KINDS)).encode() + b'"'
        elif action == "hostile":
            lines.insert(where, draw(st.sampled_from(HOSTILE)))
        elif action == "wrong_type" and b" = " in line:
            key = line.split(b" = ", 1)[0]
            value = draw(st.sampled_from([b"[1, 2]", b"{ a = 1 }", b"true", b"3.5", b"-7", b'"text"', b"[[]]"]))
            lines[where] = key + b" = " + value
        elif action == "control" and line:
            at = draw(st.integers(0, len(line)))
            char = bytes([draw(st.sampled_from([*range(0x20), 0x7F]))])
            lines[where] = line[:at] + char + line[at:]
    return name, b"\n".join(lines)


@SETTINGS
@given(mutated())
def test_a_mutated_bank_loads_or_gives_located_one_line_problems_in_under_2_s(
    tmp_path_factory: pytest.TempPathFactory, case: tuple[str, bytes]
) -> None:
    name, data = case
    folder = tmp_path_factory.mktemp("mutated")
    path = folder / name
    path.write_bytes(data)
    started = time.perf_counter()
    loaded = load_bank(path, name)
    elapsed = time.perf_counter() - started
    assert elapsed < 2, f"{elapsed:.2f} s"
    assert loaded.bank is not None or loaded.problems
    for problem in loaded.problems:
        shown = str(problem)
        assert LOCATED.match(shown), shown
        assert "quizapp failed on it" not in shown, shown
        assert not any(ord(char) < 0x20 and char != "\t" for char in shown), shown


def test_the_mutations_start_from_valid_banks(tmp_path: Path) -> None:
    assert len(BANKS) >= 2
    for name, data in BANKS.items():
        (tmp_path / name).write_bytes(data)
        assert load_bank(tmp_path / name).ok


@pytest.mark.parametrize("hostile", HOSTILE, ids=lambda data: repr(data[:24]))
def test_each_hostile_line_in_a_question_gives_one_located_problem(tmp_path: Path, hostile: bytes) -> None:
    text = BANKS["example.toml"]
    cut = text.index(b"\n", text.index(b"[[questions]]")) + 1  # inside the first question
    path = tmp_path / "example.toml"
    path.write_bytes(text[:cut] + hostile + text[cut:])
    started = time.perf_counter()
    loaded = load_bank(path, "example.toml")
    assert time.perf_counter() - started < 2
    assert loaded.bank is None and loaded.problems
    assert all(LOCATED.match(str(problem)) and "failed on it" not in str(problem) for problem in loaded.problems)


def test_a_valid_bank_with_a_text_too_long_to_show_is_one_located_problem(tmp_path: Path) -> None:
    text = BANKS["example.toml"].decode()
    line = next(line for line in text.splitlines() if line.startswith("explanation = "))
    long = "\n".join(["a line of a very long explanation"] * 4000)  # 135,999 characters over 4,000 lines
    path = tmp_path / "example.toml"
    path.write_text(text.replace(line, f'explanation = """{long}"""', 1), encoding="utf-8")
    loaded = load_bank(path, "example.toml")
    number = text.splitlines().index(line) + 1
    assert [str(problem) for problem in loaded.problems] == [
        f"example.toml:{number}:1: text of 135,999 characters; at most 100,000"
    ]
