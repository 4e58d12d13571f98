"""Tests of the evaluator's arithmetic on a tiny labelled directory written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.evaluation import compare_labels, evaluate_directory, lint_labels, occurrence, render_report


def _write(directory: Path, name: str, day: str, text: str, mentions: list[dict[str, Any]]) -> None:
    (directory / f"{name}.txt").write_text(f" date {day} {text}", encoding="utf-8")
    labels = {"article_date": day, "mentions": mentions}
    (directory / f"{name}.json").write_text(json.dumps(labels), encoding="utf-8")


def _amount(text: str, value: float, unit: str) -> dict[str, Any]:
    return {"kind": "tariff_amount", "text": text, "value": value, "unit": unit}


def _deadline(text: str, day: str, status: str = "scheduled") -> dict[str, Any]:
    return {"kind": "deadline", "text": text, "date": day, "status": status}


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    # a_perfect: everything found; "$200 billion" is named twice but is ONE value of the article's set.
    _write(
        tmp_path,
        "a_perfect",
        "2019-01-24",
        "The US will impose 25 percent tariffs on $200 billion of Chinese goods from March 1. "
        "The $200 billion list covers furniture.",
        [
            _amount("25 percent", 25, "percent"),
            _amount("$200 billion", 200000000000, "USD"),
            _deadline("March 1", "2019-03-01"),
            _amount("$200 billion", 200000000000, "USD"),
        ],
    )
    # b_mixed: the labels (deliberately) call the export growth a tariff amount -> one miss, and leave
    # out the 15 percent tariff the extractor finds -> one false hit. The deadline is found.
    _write(
        tmp_path,
        "b_mixed",
        "2019-01-24",
        "Exports rose 10 percent last year.\n\nTariffs of 15 percent take effect on March 10.",
        [_amount("10 percent", 10, "percent"), _deadline("March 10", "2019-03-10")],
    )
    # c_missed_deadline: a labelled deadline value the extractor cannot find -> a deadline miss.
    _write(
        tmp_path,
        "c_missed_deadline",
        "2019-01-24",
        "Officials said talks would continue.",
        [_deadline("talks", "2019-02-01")],
    )
    # An article without labels is reported, not scored.
    (tmp_path / "d_unlabelled.txt").write_text(" date 2019-01-24 Tariffs of 5 percent.", encoding="utf-8")
    return tmp_path


def test_metrics_arithmetic(labelled: Path) -> None:
    report = evaluate_directory(labelled)

    assert report.articles == 3
    amounts = report.scores["tariff_amount"]
    # Sets: a = {25%, USD 2e11} found both; b = {10%} gold, {15%} found.
    assert (amounts.true_positives, amounts.false_positives, amounts.false_negatives) == (2, 1, 1)
    assert amounts.precision == pytest.approx(2 / 3)
    assert amounts.recall == pytest.approx(2 / 3)
    assert amounts.f1 == pytest.approx(2 / 3)
    assert (amounts.gold_mentions, amounts.found_mentions) == (4, 4)

    deadlines = report.scores["deadline"]
    assert (deadlines.true_positives, deadlines.false_positives, deadlines.false_negatives) == (2, 0, 1)
    assert deadlines.precision == pytest.approx(1.0)
    assert deadlines.recall == pytest.approx(2 / 3)
    assert deadlines.f1 == pytest.approx(0.8)

    assert [(f.article, f.kind, f.key, f.text) for f in report.misses] == [
        ("b_mixed", "tariff_amount", "percent 10", "10 percent"),
        ("c_missed_deadline", "deadline", "2019-02-01", "talks"),
    ]
    assert report.misses[0].sentence == "Exports rose 10 percent last year."
    assert [(f.article, f.kind, f.key, f.text, f.sentence) for f in report.false_hits] == [
        (
            "b_mixed",
            "tariff_amount",
            "percent 15",
            "15 percent",
            "Tariffs of 15 percent take effect on March 10.",
        )
    ]
    assert report.errors == ["d_unlabelled: no d_unlabelled.json"]


def test_render_report_lists_scores_misses_and_false_hits(labelled: Path) -> None:
    text = render_report(evaluate_directory(labelled))

    assert "3 articles" in text
    assert "tariff_amount      3     3    2    1    1     0.667   0.667  0.667" in text
    assert "deadline           3     2    2    0    1     1.000   0.667  0.800" in text
    assert "Misses (2):" in text and "False hits (1):" in text
    assert "b_mixed [tariff_amount] percent 15 '15 percent'" in text
    assert "in: Tariffs of 15 percent take effect on March 10." in text
    assert "c_missed_deadline [deadline] 2019-02-01 'talks'" in text
    assert "d_unlabelled: no d_unlabelled.json" in text


def test_rejected_article_and_bad_labels_are_errors(tmp_path: Path) -> None:
    (tmp_path / "nodate.txt").write_text("No date anywhere in this text at all.", encoding="utf-8")
    (tmp_path / "nodate.json").write_text(json.dumps({"mentions": []}), encoding="utf-8")
    (tmp_path / "badjson.txt").write_text(" date 2019-01-24 Tariffs of 5 percent.", encoding="utf-8")
    (tmp_path / "badjson.json").write_text("{not json", encoding="utf-8")

    report = evaluate_directory(tmp_path)

    assert report.articles == 0
    assert len(report.errors) == 2
    assert report.errors[0].startswith("badjson: unreadable labels")
    assert report.errors[1] == "nodate: rejected by the file parser: no_publication_date"
    # Nothing scored: the empty scores are perfect by convention, not divided by zero.
    assert report.scores["deadline"].precision == 1.0 and report.scores["deadline"].recall == 1.0


def test_second_labelling_is_scored_in_the_extractors_place(labelled: Path, tmp_path_factory: Any) -> None:
    second = tmp_path_factory.mktemp("second")
    # a: the second annotator agrees on both amounts but dates the deadline a day later.
    (second / "a_perfect.json").write_text(
        json.dumps(
            {
                "article_date": "2019-01-24",
                "mentions": [
                    _amount("25 percent", 25, "percent"),
                    _amount("$200 billion", 200000000000, "USD"),
                    _deadline("March 1", "2019-03-02"),
                ],
            }
        ),
        encoding="utf-8",
    )
    # b: agrees with the first labelling exactly; c has no second labelling (reported, not scored).
    first_b = (labelled / "b_mixed.json").read_text(encoding="utf-8")
    (second / "b_mixed.json").write_text(first_b, encoding="utf-8")

    report = compare_labels(labelled, second)

    assert report.articles == 2
    amounts = report.scores["tariff_amount"]
    assert (amounts.true_positives, amounts.false_positives, amounts.false_negatives) == (3, 0, 0)
    deadlines = report.scores["deadline"]
    assert (deadlines.true_positives, deadlines.false_positives, deadlines.false_negatives) == (1, 1, 1)
    assert [(f.article, f.key, f.text) for f in report.misses] == [("a_perfect", "2019-03-01", "March 1")]
    assert [(f.article, f.key, f.sentence) for f in report.false_hits] == [
        (
            "a_perfect",
            "2019-03-02",
            "The US will impose 25 percent tariffs on $200 billion of Chinese goods from March 1.",
        )
    ]
    assert report.errors == [
        f"c_missed_deadline: no {second / 'c_missed_deadline.json'}",
        "d_unlabelled: no d_unlabelled.json",
    ]
    text = render_report(report)
    assert text.startswith(f"Label agreement: the labels in {second} scored against those of 2 articles")
    assert f"Only in {labelled} (1):" in text and f"Only in {second} (1):" in text


def test_occurrence_counts_whole_tokens_only() -> None:
    body = "Duties rose to 25 percent, then 5 percent, from Oct. 10 and Oct. 1; see 5 percent again."
    assert occurrence(body, "5 percent", 0) == body.index("then 5 percent") + len("then ")
    assert occurrence(body, "5 percent", 1) == body.rindex("5 percent")
    assert occurrence(body, "5 percent", 2) == -1
    assert occurrence(body, "Oct. 1", 0) == body.index("Oct. 1;")
    # Nor do the digits of a decimal or a thousands group: "25 per cent" is not in "1.25 per cent".
    decimals = "Rates of 1.25 per cent and 2.5%, then 25 per cent, 5% and 1,000 tonnes; 5%."
    assert occurrence(decimals, "25 per cent", 0) == decimals.index("then 25") + len("then ")
    assert occurrence(decimals, "5%", 0) == decimals.index(" 5% and") + 1
    assert occurrence(decimals, "5%", 1) == decimals.rindex("5%")
    assert occurrence(decimals, "000 tonnes", 0) == -1
    # A text that starts or ends with punctuation is bounded only where it has a word character.
    assert occurrence("costs $200 billion", "$200 billion", 0) == len("costs ")


def test_lint_accepts_well_formed_labels(labelled: Path) -> None:
    (labelled / "d_unlabelled.txt").unlink()
    assert lint_labels(labelled) == []


def test_lint_names_every_kind_of_problem(tmp_path: Path) -> None:
    body = "Tariffs of 25 percent on $200 billion take effect on Friday, not on Monday."
    _write(
        tmp_path,
        "bad",
        "2019-05-08",
        body,
        [
            _amount("$200 billion", 200000000000, "USD"),
            _amount("25 percent", 25, "percent"),  # before "$200 billion" in the body: out of order
            _amount("5 percent", 5, "percent"),  # only inside "25 percent": not a whole-token occurrence
            _amount("$200 billion", -1, "dollars"),  # no second occurrence; bad value and unit
            _deadline("Friday", "May 10", "maybe"),
            {"kind": "rate", "text": "Monday"},
        ],
    )
    labels = json.loads((tmp_path / "bad.json").read_text())
    (tmp_path / "bad.json").write_text(json.dumps({**labels, "article_date": "2019-05-09"}))
    _write(tmp_path, "good", "2019-05-08", "Nothing here.", [])
    (tmp_path / "orphan.txt").write_text(" date 2019-05-08 Text without labels.", encoding="utf-8")
    problems = lint_labels(tmp_path)
    assert problems == [
        "bad: article_date '2019-05-09', date line 2019-05-08",
        "bad: mention 2: '25 percent' (occurrence 1) is out of document order",
        "bad: mention 3: '5 percent' occurs only 0 time(s) in the body",
        "bad: mention 4: value -1 is not a non-negative number",
        "bad: mention 4: unit 'dollars' is neither 'percent' nor an ISO 4217 code",
        "bad: mention 4: '$200 billion' occurs only 1 time(s) in the body",
        "bad: mention 5: date 'May 10' is not YYYY, YYYY-MM or YYYY-MM-DD",
        "bad: mention 5: status 'maybe' is not one of ['postponed', 'scheduled', 'threatened']",
        "bad: mention 6: unknown kind 'rate'",
        "orphan: no orphan.json",
    ]
