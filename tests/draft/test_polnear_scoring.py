"""The PolNeAR benchmark's reading of third-party gold (tests/draft/polnear.py), on an article in our own words laid
out as PolNeAR lays out its files: the speaker comes from the annotated Source, a pronoun's through its coreference
chain, and words inside no attribution are listed but not scored."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.draft.polnear import article_gold, main, scored_rows

SHAPE = Path(__file__).parent / "fixtures" / "polnear_shape"


def _gold() -> list[dict[str, object]]:
    text = (SHAPE / "article.txt").read_text(encoding="utf-8")
    return article_gold(text, SHAPE / "article_ab12.ann", SHAPE / "article.txt.xml")


def test_the_speaker_is_read_from_the_source_and_a_pronoun_from_its_chain() -> None:
    gold = _gold()

    assert [(entry["kind"], entry.get("speaker"), entry.get("where")) for entry in gold] == [
        ("person", "Ruth Okafor", "after"),
        ("pronoun", "Ruth Okafor", "after"),
        ("nonperson", None, "before"),
        ("unannotated", None, None),
    ]
    assert gold[2]["source"] == "A spokesman for the port"


def test_the_drafter_is_scored_on_each_quotation() -> None:
    text = (SHAPE / "article.txt").read_text(encoding="utf-8")

    rows = scored_rows(text, _gold())

    assert rows[0]["outcome"] == "right"
    assert rows[0]["said"] is not None and "Okafor" in rows[0]["said"]
    assert all(row["outcome"] != "sure-wrong" for row in rows)


def test_the_benchmark_reads_a_split_laid_out_as_polnear(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    split = tmp_path / "data" / "dev"
    for folder, name in (("text", "article.txt"), ("attributions", "article_ab12.ann"), ("corenlp", "article.txt.xml")):
        (split / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(SHAPE / name, split / folder / name)

    assert main([str(tmp_path / "data"), "--split", "dev"]) == 0
    printed = capsys.readouterr().out
    assert "PolNeAR dev: 1 articles, 4 quotations" in printed
    assert "named speakers: recall" in printed


def test_each_paragraph_of_a_speech_running_over_paragraphs_is_matched() -> None:
    text = (
        "Harbour fees rise\n\n"
        'Ruth Okafor, the harbour master, spoke on Monday. "The fees have not moved in ten years.\n\n'
        '"Every berth will cost a little more from May, and the ferries will pay the same as the barges," '
        "Okafor said.\n"
    )
    gold = [
        {"text": "The fees have not moved in ten years.", "kind": "person", "speaker": "Ruth Okafor"},
        {
            "text": "Every berth will cost a little more from May, and the ferries will pay the same as the barges,",
            "kind": "person",
            "speaker": "Ruth Okafor",
            "source": "Okafor",
        },
    ]

    rows = scored_rows(text, gold)

    assert rows[1]["outcome"] == "right"
