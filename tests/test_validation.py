"""Validation with the real Great Expectations suites: bad rows are split off naming what they failed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest
from conftest import SAMPLE, build_sample

from tariffwatch.models import (
    STAGE_VALIDATE_ARTICLES,
    STAGE_VALIDATE_MENTIONS,
    Article,
    Mention,
    article_id_for,
)
from tariffwatch.pipeline import RunContext, article_rows, mention_row, new_run, validate_rows
from tariffwatch.schema import load_table
from tariffwatch.validation import validate_frame


@pytest.fixture(scope="module")
def ctx() -> RunContext:
    return new_run("test")


def article(
    ctx: RunContext, body: str, published_on: date = date(2019, 5, 10), **fields: Any
) -> dict[str, Any]:
    aid = article_id_for(body)
    row = article_rows([Article(aid, f"sha256:{aid}", "seeds/x.txt", None, "T", published_on, body)], ctx)[0]
    return {**row, **fields}


LONG = "The United States raised tariffs on steel imports from several partners this week, officials said."


def test_articles_split_good_from_bad(ctx: RunContext) -> None:
    good, other_good = build_sample(ctx)[0]
    dup_a = article(ctx, LONG + " First copy.")
    dup_b = article(ctx, LONG + " Second copy.", article_id=dup_a["article_id"])
    rows = [
        good,
        article(ctx, LONG + " A.", article_id=None),  # null key
        article(ctx, LONG + " B.", dedup_key="uuid:1234"),  # bad regex
        article(ctx, LONG + " C.", published_on=date(1985, 1, 1)),  # out-of-range date
        article(ctx, "Too short to be an article."),  # body too short
        dup_a,  # duplicated id (both copies fail)
        other_good,
        dup_b,
    ]
    valid, rejected = validate_rows("articles", rows)
    assert valid == [good, other_good]
    assert valid[0] is good and valid[1] is other_good  # passed on untouched
    by_payload = {r.payload: r for r in rejected}
    assert len(rejected) == 6
    assert all(r.stage == STAGE_VALIDATE_ARTICLES for r in rejected)
    reasons = [r.reason for r in rejected]
    assert reasons == [
        "column_values_to_not_be_null(article_id)",
        "column_values_to_match_regex(dedup_key)",
        "column_values_to_be_between(published_on)",
        "column_value_lengths_to_be_between(body)",
        "column_values_to_be_unique(article_id)",
        "column_values_to_be_unique(article_id)",
    ]
    assert all(r.source == "seeds/x.txt" for r in rejected)
    assert all("articles suite" in r.detail for r in rejected)
    assert all(p.startswith("{") for p in by_payload)  # the raw row, as JSON


def mention(ctx: RunContext, art: dict[str, Any], text: str, kind: str, start: int = 0, **fields: Any) -> Any:
    m = Mention(kind, text, start, start + len(text), f"Sentence with {text}.", **fields)  # type: ignore[arg-type]
    return mention_row(art, m, ctx.run_id)


def test_mentions_split_good_from_bad(ctx: RunContext) -> None:
    articles, mentions = build_sample(ctx)
    art = articles[0]
    bad_unit = mention(ctx, art, "5 zorkmids", "tariff_amount", 100, value=5.0, unit="XYZ")
    bad_date = mention(ctx, art, "Smarch 45", "deadline", 120, date="2019-13-45", status="scheduled")
    huge_rate = mention(ctx, art, "1500%", "tariff_amount", 140, value=1500.0, unit="percent")
    no_status = mention(ctx, art, "June 2019", "deadline", 160, date="2019-06", status=None)
    rows = [mentions[0], bad_unit, mentions[1], bad_date, huge_rate, mentions[2], no_status, *mentions[3:]]
    valid, rejected = validate_rows("mentions", rows)
    assert valid == mentions
    assert all(v is m for v, m in zip(valid, mentions, strict=True))
    assert [r.reason for r in rejected] == [
        "column_values_to_be_in_set(unit)",
        "column_values_to_match_regex(date)",
        "column_values_to_be_between(value)",
        "column_values_to_not_be_null(status)",
    ]
    assert all(r.stage == STAGE_VALIDATE_MENTIONS for r in rejected)
    # Mentions are quarantined under their article's id.
    assert {r.source for r in rejected} == {art["article_id"]}
    # The impossible date got no period, and its key is still well-formed: only the date check fails.
    assert bad_date["period_start_on"] is None


def test_row_failing_several_expectations_names_them_all(ctx: RunContext) -> None:
    good = build_sample(ctx)[0][0]
    bad = article(ctx, "short", published_on=date(2150, 1, 1), url="not a url", dedup_key="nope")
    valid, rejected = validate_rows("articles", [good, bad])
    assert valid == [good]
    assert rejected[0].reason.split(",") == [
        "column_value_lengths_to_be_between(body)",
        "column_values_to_be_between(published_on)",
        "column_values_to_match_regex(dedup_key)",
        "column_values_to_match_regex(url)",
    ]


def test_validate_frame_reports_positions_and_table_level_failures(ctx: RunContext) -> None:
    table = load_table("articles")
    rows, _ = build_sample(ctx)
    rows = [*rows, article(ctx, "tiny body")]
    frame = pd.DataFrame(rows, columns=list(table.column_names))
    failures = validate_frame("articles", frame)
    assert [(f.row, f.failed) for f in failures] == [(2, ("column_value_lengths_to_be_between(body)",))]
    # Positions count from the start of the batch even when the frame carries another index.
    assert [f.row for f in validate_frame("articles", frame.set_axis([10, 20, 30]))] == [2]
    # Wrong column order is a table-level failure: every row is refused.
    swapped = frame[[*table.column_names[1:], table.column_names[0]]]
    failures = validate_frame("articles", swapped)
    assert [f.row for f in failures] == [0, 1, 2]
    assert all("table_columns_to_match_ordered_list" in f.failed for f in failures)


def test_empty_batch_is_valid() -> None:
    assert validate_rows("articles", []) == ([], [])
    assert validate_frame("mentions", pd.DataFrame(columns=list(load_table("mentions").column_names))) == []


def test_sample_corpus_is_fully_valid(ctx: RunContext) -> None:
    # The shared sample must pass, or the other test modules would be testing quarantined data.
    articles, mentions = build_sample(ctx, SAMPLE)
    assert validate_rows("articles", articles)[1] == []
    assert validate_rows("mentions", mentions)[1] == []


def test_arrow_batches_are_judged_exactly_like_rows(ctx: RunContext) -> None:
    # The streaming path (validate_table, one pandas frame from Arrow) must refuse the same rows, for the same
    # reasons, with the same payload (hence the same quarantine id) as the row path.
    from tariffwatch.pipeline import validate_table
    from tariffwatch.warehouse import rows_to_arrow

    articles, mentions = build_sample(ctx)
    dup = article(ctx, LONG + " Copy.")
    bad_articles = [
        articles[0],
        article(ctx, LONG + " B.", dedup_key="uuid:1234"),
        article(ctx, LONG + " C.", published_on=date(1985, 1, 1)),
        article(ctx, "Too short to be an article."),
        dup,
        *articles[1:],
        article(ctx, LONG + " Other.", article_id=dup["article_id"]),
    ]
    art = articles[0]
    bad_mentions = [
        mentions[0],
        mention(ctx, art, "5 zorkmids", "tariff_amount", 100, value=5.0, unit="XYZ"),
        mention(ctx, art, "Smarch 45", "deadline", 120, date="2019-13-45", status="scheduled"),
        *mentions[1:],
        mention(ctx, art, "1500%", "tariff_amount", 140, value=1500.0, unit="percent"),
    ]
    for name, rows, key in (
        ("articles", bad_articles, "article_id"),
        ("mentions", bad_mentions, "mention_id"),
    ):
        valid_rows, refused_rows = validate_rows(name, rows)
        valid_table, refused_table = validate_table(name, rows_to_arrow(name, rows))
        assert refused_rows, name  # the case has teeth
        assert valid_table.column(key).to_pylist() == [r[key] for r in valid_rows]
        assert valid_table.schema == rows_to_arrow(name, rows).schema
        assert refused_table == refused_rows
        assert [r.quarantine_id for r in refused_table] == [r.quarantine_id for r in refused_rows]


def test_a_batch_is_validated_without_copying_its_text(ctx: RunContext) -> None:
    # GX fingerprints in-memory batches by hashing every cell unless told not to: on 5,000 article bodies
    # that was ~90 MB of peak memory per suite run, for a batch marker nothing reads.
    import tracemalloc

    rows = [
        article(ctx, f"{LONG} Story {i}. " + "More detail on the duties follows here. " * 120)
        for i in range(600)
    ]
    frame = pd.DataFrame(rows, columns=list(load_table("articles").column_names))
    body_bytes = sum(len(r["body"]) for r in rows)
    assert validate_frame("articles", frame.head(2)) == []  # GX imported and the suite built beforehand
    tracemalloc.start()
    try:
        assert validate_frame("articles", frame) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert body_bytes > 2_000_000
    assert peak < body_bytes / 2, (
        f"validation allocated {peak:,} bytes at peak for {body_bytes:,} bytes of text"
    )
