"""Mistakes inside a bank's TOML: each reported at its exact line and column, in one teacher sentence.

Positions are counted by hand from each test's TOML (1-based; a column counts characters, so
'Путин' is 5 columns, not 10 bytes). Most tests break one line of BANK (bank_texts.py):

     1 format = 1
     2 id = "call"
     3 title = "The call"
     4
     5 [[questions]]
     6 id = "q1"
     7 kind = "multiple_choice"
     8 prompt = "Who called whom?"
     9 choices = ["Trump", "Putin"]
    10 answer = "Trump"
    11 explanation = "Trump called Putin."
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_texts import BANK, HEAD, Expect, Validate

from quizapp.bank.loader import load_bank

SECOND = """
[[questions]]
id = "q2"
kind = "true_false"
prompt = "Putin spoke first."
answer = false
explanation = "Trump called."
"""
"""Appended to BANK: [[questions]] on line 13, id on 14, kind on 15, prompt on 16, answer on 17."""

KINDS = "multiple_choice, multi_select, true_false, short_answer, cloze, ordering, matching, numeric"


def broken(old: str, new: str, text: str = BANK) -> str:
    assert old in text, f"{old!r} is not in the bank"
    return text.replace(old, new, 1)


def test_the_sound_bank_is_sound(in_tmp: Path, validate: Validate) -> None:
    (in_tmp / "bank.toml").write_text(BANK + SECOND, encoding="utf-8")
    assert load_bank(Path("bank.toml")).ok
    assert validate("bank.toml") == (0, ["bank.toml: ok, 2 questions", "1 file checked, 0 problems"])


# -- TOML syntax ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        # the string is not closed: 'prompt = "' is 10 columns, the text 16, so the line ends at 27
        (
            '"Who called whom?"',
            '"Who called whom?',
            "8:27: TOML syntax error: the line ends inside a string: a closing quote is missing",
        ),
        # no value: 'title =' is 7 columns, the line ends at 8
        (
            'title = "The call"',
            "title =",
            '3:8: TOML syntax error: invalid value: text needs quotes ("like this"); true, false and numbers do not',
        ),
        # a capitalised boolean is not text without quotes: 'answer = ' is 9 columns
        (
            'answer = "Trump"\n',
            "answer = True\n",
            "10:10: TOML syntax error: invalid value 'True': write true or false in lower case, without quotes",
        ),
        # a header not closed: tomli points at the lone ']' (column 12) where ']]' should be
        ("[[questions]]", "[[questions]", "5:12: TOML syntax error: Expected ']]' at the end of an array declaration"),
        # a stray word: '["Trump", "Putin"]' ends at 28, a space, 'or' at 30
        (
            '"Putin"]',
            '"Putin"] or so',
            "9:30: TOML syntax error: Expected newline or end of document after a statement",
        ),
        # a key given twice: tomli stops after the second value, '"Putin"' ending at column 16 of line 11
        (
            'answer = "Trump"\n',
            'answer = "Trump"\nanswer = "Putin"\n',
            "11:17: TOML syntax error: this key is already set above; each key may appear once per table",
        ),
    ],
)
def test_syntax_errors(expect: Expect, old: str, new: str, problem: str) -> None:
    expect(broken(old, new), [f"bank.toml:{problem}"])


# -- wrong types ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        # 'answer = ' is 9 columns: the value is at 10
        ('answer = "Trump"', "answer = 1", "10:10: question 'q1': 'answer' should be text in quotes, not a number"),
        (
            'choices = ["Trump", "Putin"]',
            'choices = "Trump, Putin"',
            "9:11: question 'q1': 'choices' should be a list, like [\"a\", \"b\"], not text",
        ),
        (
            'answer = "Trump"',
            'answer = "Trump"\nshuffle = 3',
            "11:11: question 'q1': 'shuffle' should be true or false, not a number",
        ),
        ('title = "The call"', "title = [1]", "3:9: 'title' should be text in quotes, not a list"),
        (
            'prompt = "Who called whom?"',
            'prompt = { text = "Who?" }',
            "8:10: question 'q1': 'prompt' should be text in quotes, not a table",
        ),
        ("format = 1", "format = 2", "1:10: unknown format 2: this quizapp reads format = 1"),
    ],
)
def test_wrong_types(expect: Expect, old: str, new: str, problem: str) -> None:
    expect(broken(old, new), [f"bank.toml:{problem}"])


def test_a_question_that_is_not_a_table(expect: Expect) -> None:
    # 'questions = [' is 13 columns: the first element is at 14
    expect(HEAD + 'questions = ["q1"]\n', ["bank.toml:5:14: question 1: each question should be a table, not text"])


def test_a_source_date_written_as_text(expect: Expect) -> None:
    text = HEAD.rstrip("\n") + '\n\n[source]\ntitle = "The New York Times"\ndate = "19 May 2025"\n' + BANK[len(HEAD) :]
    # line 5 [source], 6 title, 7 date; 'date = ' is 7 columns
    expect(text, ["bank.toml:7:8: 'source.date' should be a TOML date such as 2025-05-19, not text"])


def test_text_where_true_or_false_is_expected(expect: Expect) -> None:
    text = HEAD + '[[questions]]\nid = "t"\nkind = "true_false"\nprompt = "P."\nanswer = "yes"\nexplanation = "E."\n'
    expect(text, ["bank.toml:9:10: question 't': 'answer' should be true or false, not text"])


# -- unknown kinds and keys ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "problems"),
    [
        # 'kind = ' is 7 columns
        (
            '"multiple_choice"',
            '"multiple_choise"',
            ["7:8: question 'q1': unknown kind 'multiple_choise' (did you mean 'multiple_choice'?)"],
        ),
        ('"multiple_choice"', '"essay"', [f"7:8: question 'q1': unknown kind 'essay' (kinds: {KINDS})"]),
        ('kind = "multiple_choice"\n', "", [f"5:1: question 'q1': missing key 'kind' (one of: {KINDS})"]),
        # a misspelt key is reported once, at the key, with what it was meant to be (not also as missing)
        (
            'answer = "Trump"',
            'answr = "Trump"',
            ["10:1: question 'q1': unknown key 'answr' (did you mean 'answer'?)"],
        ),
        ('answer = "Trump"', 'answer = "Trump"\ndifficulty = 3', ["11:1: question 'q1': unknown key 'difficulty'"]),
        (
            'title = "The call"',
            'titel = "The call"',
            ["3:1: unknown key 'titel' (did you mean 'title'?)"],
        ),
        (
            "[[questions]]",
            "[[question]]",
            ["5:1: unknown key 'question' (did you mean 'questions'?)"],
        ),
    ],
)
def test_unknown_kinds_and_keys(expect: Expect, old: str, new: str, problems: list[str]) -> None:
    expect(broken(old, new), [f"bank.toml:{problem}" for problem in problems])


def test_misspelt_key_in_a_matching_pair(expect: Expect) -> None:
    text = HEAD + (
        "[[questions]]\n"
        'id = "who"\n'
        'kind = "matching"\n'
        'prompt = "Who said it?"\n'
        "pairs = [\n"  # line 9
        '  { left = "ready to work", right = "Putin" },\n'
        '  { left = "went very well", rigth = "Trump" },\n'  # line 11
        "]\n"
        'explanation = "E."\n'
    )
    # line 11: '{' at column 3; '  { left = "went very well", ' is 29 columns, so 'rigth' is at 30
    expect(
        text,
        [
            "bank.toml:11:30: question 'who': unknown key 'rigth' (did you mean 'right'?)",
        ],
    )


def test_misspelt_key_in_the_source_table(expect: Expect) -> None:
    text = HEAD + '[source]\ntitel = "The New York Times"\n\n' + BANK[len(HEAD) :]
    expect(
        text,
        [
            "bank.toml:6:1: unknown key 'titel' (did you mean 'title'?)",
        ],
    )


# -- ids, empty strings and missing keys ----------------------------------------------------------


def test_duplicate_ids_are_reported_at_the_second_use(expect: Expect) -> None:
    # the second question's id is on line 14; 'id = ' is 5 columns
    expect(
        BANK + SECOND.replace('"q2"', '"q1"'),
        ["bank.toml:14:6: question 'q1': id 'q1' is used by another question; ids must be unique in a bank"],
    )


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('"Who called whom?"', '""', "8:10: question 'q1': 'prompt' must not be empty"),
        ('"The call"', '""', "3:9: 'title' must not be empty"),
        # 'choices = ["Trump", ' is 20 columns
        ('"Putin"]', '""]', "9:21: question 'q1': 'choices[2]' must not be empty"),
        ('"Trump called Putin."', '""', "11:15: question 'q1': 'explanation' must not be empty"),
        (
            'id = "q1"',
            'id = "q 1"',
            "6:6: question 'q 1': 'id' may hold only letters, digits, '.', '_' and '-', "
            "starting with a letter or digit (got 'q 1')",
        ),
        (
            'id = "q1"',
            'id = ""',
            "6:6: question 1: 'id' may hold only letters, digits, '.', '_' and '-', "
            "starting with a letter or digit (got '')",
        ),
    ],
)
def test_empty_strings_and_bad_ids(expect: Expect, old: str, new: str, problem: str) -> None:
    expect(broken(old, new), [f"bank.toml:{problem}"])


def test_explanation_and_prompt_missing_are_both_reported_at_the_question(expect: Expect) -> None:
    text = broken('prompt = "Who called whom?"\n', "", broken('explanation = "Trump called Putin."\n', ""))
    expect(
        text,
        [
            "bank.toml:5:1: question 'q1': missing key 'explanation'",
            "bank.toml:5:1: question 'q1': missing key 'prompt'",
        ],
    )


def test_an_empty_file_lacks_everything(expect: Expect) -> None:
    expect(
        "",
        [
            "bank.toml:1:1: missing key 'id'",
            "bank.toml:1:1: missing key 'title'",
            "bank.toml:1:1: the bank has no questions: add at least one [[questions]] table",
        ],
    )


# -- cross-checks: what types alone cannot say ------------------------------------------------------


def test_answer_not_among_the_choices(expect: Expect) -> None:
    expect(
        broken('"Trump"\n', '"Biden"\n'), ["bank.toml:10:10: question 'q1': answer 'Biden' is not one of the choices"]
    )


def test_duplicate_choice(expect: Expect) -> None:
    # 'choices = ["Trump", "Putin", ' is 29 columns
    expect(
        broken('"Putin"]', '"Putin", "Trump"]'),
        ["bank.toml:9:30: question 'q1': choice 'Trump' appears twice"],
    )


def test_multi_select_answers_not_among_the_choices(expect: Expect) -> None:
    text = HEAD + (
        '[[questions]]\nid = "venues"\nkind = "multi_select"\nprompt = "Which cities were mentioned?"\n'
        'choices = ["Rome", "Istanbul", "Sochi"]\n'
        'answers = ["Rome", "Geneva", "Istanbul", "Oslo"]\n'  # line 10
        'explanation = "E."\n'
    )
    # 'answers = ["Rome", ' is 19 columns; '"Geneva", "Istanbul", ' is 22 more
    expect(
        text,
        [
            "bank.toml:10:20: question 'venues': answer 'Geneva' is not one of the choices",
            "bank.toml:10:42: question 'venues': answer 'Oslo' is not one of the choices",
        ],
    )


def test_fewer_than_two_items_to_order(expect: Expect) -> None:
    text = HEAD + '[[questions]]\nid = "order"\nkind = "ordering"\nprompt = "Put in order."\nitems = ["The call"]\n'
    text += 'explanation = "E."\n'
    expect(text, ["bank.toml:9:9: question 'order': 'items' needs at least 2 items, it has 1"])


def test_more_items_to_order_than_letters_to_pick_them_by(expect: Expect) -> None:
    items = ", ".join(f'"event {number}"' for number in range(27))
    text = HEAD + f'[[questions]]\nid = "order"\nkind = "ordering"\nprompt = "Put in order."\nitems = [{items}]\n'
    text += 'explanation = "E."\n'
    expect(
        text,
        ["bank.toml:9:9: question 'order': 'items' holds at most 26 items (students pick them by letter), it has 27"],
    )


def test_one_choice_that_is_also_empty_gets_both_problems(expect: Expect) -> None:
    expect(
        broken('["Trump", "Putin"]', '[""]'),
        [
            "bank.toml:9:11: question 'q1': 'choices' needs at least 2 items, it has 1",
            "bank.toml:9:12: question 'q1': 'choices[1]' must not be empty",
        ],
    )


MATCHING = HEAD + (
    "[[questions]]\n"
    'id = "who"\n'
    'kind = "matching"\n'
    'prompt = "Who said it?"\n'
    "pairs = [\n"
    '  { left = "ready to work", right = "Putin" },\n'
    '  { left = "went very well", right = "Trump" },\n'  # line 11
    "]\n"
    'distractors = ["Starmer"]\n'  # line 13
    'explanation = "E."\n'
)


def test_duplicate_left_items(expect: Expect) -> None:
    # line 11: '  { left = ' is 11 columns
    expect(
        broken('"went very well"', '"ready to work"', MATCHING),
        ["bank.toml:11:12: question 'who': left item 'ready to work' appears twice"],
    )


def test_distractor_that_is_a_right_answer(expect: Expect) -> None:
    # line 13: 'distractors = ["Starmer", ' is 26 columns
    expect(
        broken('["Starmer"]', '["Starmer", "Putin"]', MATCHING),
        ["bank.toml:13:27: question 'who': distractor 'Putin' is also a right answer"],
    )


CLOZE = HEAD + (
    '[[questions]]\nid = "gap"\nkind = "cloze"\nprompt = "Fill in."\n'
    'text = "{{Trump}} called {{Putin}}."\n'  # line 9
    'explanation = "E."\n'
)


def test_cloze_without_a_blank(expect: Expect) -> None:
    expect(
        broken('"{{Trump}} called {{Putin}}."', '"Trump called Putin."', CLOZE),
        ["bank.toml:9:8: question 'gap': a cloze needs at least one blank, written as {{answer}}"],
    )


def test_cloze_with_an_empty_blank(expect: Expect) -> None:
    expect(
        broken("{{Putin}}", "{{ }}", CLOZE),
        ["bank.toml:9:8: question 'gap': blank 2 has an empty answer: write it between the braces"],
    )


def test_no_questions(expect: Expect) -> None:
    expect(HEAD, ["bank.toml:1:1: the bank has no questions: add at least one [[questions]] table"])
    expect(
        HEAD + "questions = []\n", ["bank.toml:5:1: the bank has no questions: add at least one [[questions]] table"]
    )


# -- every problem at once ------------------------------------------------------------------------


def test_every_problem_is_reported_not_just_the_first(expect: Expect) -> None:
    text = broken('"The call"', '""', broken('"Trump"\n', '"Biden"\n')) + SECOND.replace('"true_false"', '"true_flase"')
    # title on 3 ('title = ' is 8 columns), answer on 10, the second question's kind on 15
    expect(
        text,
        [
            "bank.toml:3:9: 'title' must not be empty",
            "bank.toml:10:10: question 'q1': answer 'Biden' is not one of the choices",
            "bank.toml:15:8: question 'q2': unknown kind 'true_flase' (did you mean 'true_false'?)",
        ],
    )


# -- how the text is written: multi-line strings, non-ASCII, CRLF, BOM -----------------------------

MULTILINE = HEAD + (
    "[[questions]]\n"
    'id = "q1"\n'
    'kind = "short_answer"\n'
    'prompt = """\n'  # line 8
    "Which city hosted\n"
    'the 2014 Winter Olympics?"""\n'  # line 10
    'answer = "Sochi"\n'  # line 11
    'explanation = """\n'
    "Sochi, on the Black Sea,\n"
    'hosted them."""\n'
    'tags = ["olympics"]\n'  # line 15
)


def test_lines_after_a_multi_line_string(expect: Expect) -> None:
    expect(
        broken("answer =", "answr =", MULTILINE),
        [
            "bank.toml:11:1: question 'q1': unknown key 'answr' (did you mean 'answer'?)",
        ],
    )
    expect(broken('["olympics"]', '[""]', MULTILINE), ["bank.toml:15:9: question 'q1': 'tags[1]' must not be empty"])


def test_a_syntax_error_after_a_multi_line_string(expect: Expect) -> None:
    # 'answer = "Sochi' is 15 columns
    expect(
        broken('"Sochi"', '"Sochi', MULTILINE),
        ["bank.toml:11:16: TOML syntax error: the line ends inside a string: a closing quote is missing"],
    )


def test_a_multi_line_string_keeps_its_lines(in_tmp: Path) -> None:
    (in_tmp / "bank.toml").write_text(MULTILINE, encoding="utf-8")
    bank = load_bank(Path("bank.toml")).require()
    assert bank.questions[0].prompt == "Which city hosted\nthe 2014 Winter Olympics?"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        # 'choices = ["Путин", ' is 20 characters (but 25 bytes)
        ('["Trump", "Putin"]', '["Путин", ""]', "9:21: question 'q1': 'choices[2]' must not be empty"),
        # an emoji is one character (two UTF-16 units, four bytes): 'choices = ["🙂", ' is 16
        ('["Trump", "Putin"]', '["🙂", ""]', "9:17: question 'q1': 'choices[2]' must not be empty"),
        # 'prompt = "Où est né Zelensky ?"' is 31 characters, then a space, then 'x' at 33
        (
            'prompt = "Who called whom?"',
            'prompt = "Où est né Zelensky ?" x',
            "8:33: TOML syntax error: Expected newline or end of document after a statement",
        ),
    ],
)
def test_columns_count_characters(expect: Expect, old: str, new: str, problem: str) -> None:
    expect(broken(old, new), [f"bank.toml:{problem}"])


def test_windows_line_endings_do_not_move_problems(expect: Expect) -> None:
    crlf = broken('"Trump"\n', '"Biden"\n').replace("\n", "\r\n")
    expect(crlf.encode("utf-8"), ["bank.toml:10:10: question 'q1': answer 'Biden' is not one of the choices"])
    multiline = broken("answer =", "answr =", MULTILINE).replace("\n", "\r\n")
    expect(
        multiline.encode("utf-8"),
        [
            "bank.toml:11:1: question 'q1': unknown key 'answr' (did you mean 'answer'?)",
        ],
    )
    unclosed = broken('"Who called whom?"', '"Who called whom?').replace("\n", "\r\n")
    expect(
        unclosed.encode("utf-8"),
        ["bank.toml:8:27: TOML syntax error: the line ends inside a string: a closing quote is missing"],
    )


def test_windows_line_endings_load(in_tmp: Path) -> None:
    (in_tmp / "bank.toml").write_bytes(MULTILINE.replace("\n", "\r\n").encode("utf-8"))
    bank = load_bank(Path("bank.toml")).require()
    assert bank.questions[0].prompt == "Which city hosted\nthe 2014 Winter Olympics?"


def test_a_byte_order_mark_is_not_a_column(expect: Expect, in_tmp: Path) -> None:
    bom = b"\xef\xbb\xbf"
    expect(
        bom + broken('"Trump"\n', '"Biden"\n').encode(),
        ["bank.toml:10:10: question 'q1': answer 'Biden' is not one of the choices"],
    )
    # 'format = 1' is 10 columns, a space, 'x' at 12 (the BOM before 'format' is not counted)
    expect(
        bom + broken("format = 1", "format = 1 x").encode(),
        ["bank.toml:1:12: TOML syntax error: Expected newline or end of document after a statement"],
    )
    (in_tmp / "bank.toml").write_bytes(bom + BANK.encode())
    assert load_bank(Path("bank.toml")).ok


# -- text is text -----------------------------------------------------------------------------------


def test_markup_in_text_is_kept_verbatim(in_tmp: Path, validate: Validate) -> None:
    prompt = "[red]Who[/red] called [@click=app.quit]whom[/]? [b]\\[escaped][/b] :smile:"
    text = broken('"Who called whom?"', '"' + prompt.replace("\\", "\\\\") + '"')
    (in_tmp / "bank.toml").write_text(text, encoding="utf-8")
    bank = load_bank(Path("bank.toml")).require()
    assert bank.questions[0].prompt == prompt
    assert validate("bank.toml")[0] == 0


def test_markup_in_a_problem_is_printed_verbatim(expect: Expect) -> None:
    expect(
        broken('"Trump"\n', '"[red]Biden[/red]"\n'),
        ["bank.toml:10:10: question 'q1': answer '[red]Biden[/red]' is not one of the choices"],
    )
