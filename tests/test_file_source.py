"""The file source: real seed articles, hand-made fixtures and generated files on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tariffwatch.errors import TerminalSourceError
from tariffwatch.models import STAGE_INGEST, Article, Rejected, article_id_for
from tariffwatch.sources.files import iter_article_files, parse_article_text, read_file, read_files
from tariffwatch.sources.markdown_text import markdown_to_text

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "data" / "files"

SEED_DATES = {
    "000": date(2019, 1, 24),
    "001": date(2019, 1, 27),
    "002": date(2018, 8, 24),
    "003": date(2019, 2, 2),
    "004": date(2019, 1, 31),
}


def _seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def _article(result: Article | Rejected) -> Article:
    assert isinstance(result, Article), result
    return result


def _rejected(result: Article | Rejected) -> Rejected:
    assert isinstance(result, Rejected), result
    assert result.stage == STAGE_INGEST
    return result


# --- the seed articles ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seed_parses_with_its_publication_date_and_clean_body(prefix: str) -> None:
    path = _seed(prefix)
    article = _article(read_file(path))

    assert article.published_on == SEED_DATES[prefix]
    assert article.source == str(path)
    assert article.url is None
    assert article.article_id == article_id_for(article.body)
    assert article.dedup_key == f"sha256:{article.article_id}"
    for markup in ("\\$", "](", "![", "*Photographer", "[Saleha"):
        assert markup not in article.body
    # The ` date YYYY-MM-DD ` marker is not part of the body.
    assert not article.body.startswith("date")
    assert str(SEED_DATES[prefix]) not in article.body[:20]
    assert article.body == article.body.strip()
    assert "\n\n\n" not in article.body


def test_marker_seed_body_is_the_text_after_the_marker_unchanged() -> None:
    raw = _seed("000").read_text(encoding="utf-8")
    article = _article(read_file(_seed("000")))

    assert raw.startswith(" date 2019-01-24 WASHINGTON:")
    assert article.body == raw.removeprefix(" date 2019-01-24 ").strip()


def test_markdown_seed_keeps_prose_and_unwraps_markup() -> None:
    article = _article(read_file(_seed("004")))

    assert article.title == "China Vows to Buy More U.S. Goods, Sees Progress in Trade Talks"
    assert "By Saleha Mohsin, Jennifer Jacobs, Andrew Mayeda, and Shawn Donnan" in article.body
    assert "on Jan. 31. Photographer: Al Drago/Bloomberg\n" in article.body
    assert "more than double tariffs on $200 billion of Chinese goods" in article.body
    assert "- ▶ Trump to dispatch Mnuchin, Lighthizer to China for next round" in article.body
    assert article.body.endswith("– With assistance by Jenny Leonard, Ye Xie, Mark Niquette, and Jeff Black")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seeds_starting_with_prose_have_no_title(prefix: str) -> None:
    # 003 starts with an outlet name ("Bloomberg") and 002 with a photo caption: neither is a headline.
    assert _article(read_file(_seed(prefix))).title is None


def test_read_files_on_the_seed_directory_uses_paths_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    batch = read_files(["seeds"])

    assert batch.rejected == []
    assert [a.source for a in batch.articles] == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert [a.published_on for a in batch.articles] == [SEED_DATES[p] for p in sorted(SEED_DATES)]


# --- identity --------------------------------------------------------------------------------------


def test_same_content_under_two_names_has_the_same_article_id(tmp_path: Path) -> None:
    content = _seed("001").read_bytes()
    (tmp_path / "one.txt").write_bytes(content)
    (tmp_path / "two.md").write_bytes(content)

    first, second = read_files([tmp_path]).articles

    assert first.source != second.source
    assert first.article_id == second.article_id
    assert first.dedup_key == second.dedup_key


def test_crlf_and_bom_do_not_change_identity_or_body(tmp_path: Path) -> None:
    lf = _seed("004").read_text(encoding="utf-8")
    (tmp_path / "lf.md").write_bytes(lf.encode("utf-8"))
    (tmp_path / "crlf.md").write_bytes(lf.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "bom.md").write_bytes(lf.encode("utf-8-sig"))

    articles = read_files([tmp_path]).articles

    assert len(articles) == 3
    assert len({a.article_id for a in articles}) == 1
    assert len({a.body for a in articles}) == 1
    assert "\r" not in articles[0].body


def test_different_content_has_a_different_article_id() -> None:
    ids = {_article(read_file(_seed(prefix))).article_id for prefix in SEED_DATES}
    assert len(ids) == len(SEED_DATES)


# --- rejections ------------------------------------------------------------------------------------


def test_file_without_any_date_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(
        "Tariffs Rise Again\n\nThe duties take effect on March 1, officials said.\n", encoding="utf-8"
    )

    rejected = _rejected(read_file(path))

    assert rejected.reason == "no_publication_date"
    assert rejected.source == str(path)
    assert "The duties take effect" in rejected.payload


def test_date_inside_long_prose_is_not_taken_as_the_publication_date() -> None:
    prose = (
        "Officials from both countries met for two days of talks in Washington, and they said that tariffs "
        "announced on January 5, 2019 would stay in place for now."
    )
    assert _rejected(parse_article_text(prose, "prose.txt")).reason == "no_publication_date"


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-02-30 Talks resumed.",
        "February 30, 2019\n\nTalks resumed.",
        "2019-13-01\n\nTalks resumed.",
    ],
)
def test_impossible_date_is_rejected(text: str) -> None:
    rejected = _rejected(parse_article_text(text, "bad.txt"))
    assert rejected.reason == "invalid_publication_date"


def test_non_utf8_file_is_rejected_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(" date 2019-01-24 Les droits de douane sur le café augmentent.".encode("latin-1"))

    rejected = _rejected(read_file(path))

    assert rejected.reason == "not_utf8"
    assert "0xe9" in rejected.detail
    assert "caf\\xe9" in rejected.payload


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b" date 2019-01-24 \n\n", b"![chart](x.png)\n"])
def test_empty_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _rejected(read_file(path)).reason == "empty_body"


def test_unreadable_file_is_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    # A dangling symlink cannot be read even by root, unlike a chmod-000 file.
    (tmp_path / "a_dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    (tmp_path / "b_good.txt").write_text(" date 2019-01-24 Talks resumed.", encoding="utf-8")

    batch = read_files([tmp_path])

    assert [a.source for a in batch.articles] == [str(tmp_path / "b_good.txt")]
    assert [(r.source, r.reason) for r in batch.rejected] == [
        (str(tmp_path / "a_dangling.txt"), "dangling_symlink")
    ]
    assert "missing-target.txt" in batch.rejected[0].detail


def test_nul_bytes_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b" date 2019-01-24 Talks\x00resumed.")
    assert _rejected(read_file(path)).reason == "binary_content"


# --- walking ---------------------------------------------------------------------------------------


def test_directory_walk_picks_txt_and_md_sorted_and_recursive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    batch = read_files(["tree"])

    assert batch.rejected == []
    assert [a.source for a in batch.articles] == [
        "tree/a_article.md",
        "tree/b_article.txt",
        "tree/sub/c_article.txt",
    ]
    assert [str(p) for p in iter_article_files(["tree"])] == [a.source for a in batch.articles]


def test_fixture_articles_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    md, txt, marked = read_files(["tree"]).articles

    assert md.title == "Tariff Truce Extended Again"
    assert md.published_on == date(2019, 1, 31)
    assert md.body == (
        "Tariff Truce Extended Again\n\nPublished: 31 January 2019\n\n"
        "The White House said duties on $200 billion of goods\nwould stay at 10% until March 1.\n\n"
        "* First point\n* Second point"
    )
    assert (txt.published_on, txt.title) == (date(2019, 1, 5), None)
    assert (marked.published_on, marked.body) == (date(2019, 2, 2), "Talks resumed in Beijing on Friday.")


def test_explicit_files_are_read_whatever_their_suffix_and_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    batch = read_files(["tree/notes.csv", "tree", "tree/b_article.txt"])

    assert [r.source for r in batch.rejected] == ["tree/notes.csv"]
    assert [a.source for a in batch.articles] == [
        "tree/a_article.md",
        "tree/b_article.txt",
        "tree/sub/c_article.txt",
    ]


def test_nonexistent_path_raises_terminal_source_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir"
    with pytest.raises(TerminalSourceError, match="no-such-dir"):
        read_files([FIXTURES, missing])


# --- dates and titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "January 31, 2019, 3:13 PM CST",
        "Jan. 31, 2019",
        "31 January 2019",
        "2019-01-31",
        "Published: Thursday, January 31st, 2019",
        "By Jane Doe | Jan 31, 2019",
        "Updated on February 3, 2019\n\nJanuary 31, 2019",
        "January 31, 2019\n\nUpdated on February 1, 2019",
        "WASHINGTON, Jan. 31, 2019 - President Donald Trump said on Thursday that he will meet Xi soon.",
    ],
)
def test_dateline_near_the_top_gives_the_first_publication_date(head: str) -> None:
    text = f"Trade Talks End Without a Deal\n\n{head}\n\nThe two sides met in Washington."
    assert _article(parse_article_text(text, "x.txt")).published_on == date(2019, 1, 31)


def test_update_date_is_used_only_when_nothing_else_is_there() -> None:
    text = "Updated on February 1, 2019\n\nThe two sides met in Washington."
    assert _article(parse_article_text(text, "x.txt")).published_on == date(2019, 2, 1)


def test_dateline_beyond_the_top_of_the_article_is_not_used() -> None:
    paragraphs = "\n\n".join(f"Paragraph {i} of prose." for i in range(20))
    text = f"{paragraphs}\n\nJanuary 31, 2019"
    assert _rejected(parse_article_text(text, "x.txt")).reason == "no_publication_date"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Business\n\nTariffs Rise on Steel Imports\n\nJan. 31, 2019\n\nBody text.",
            "Tariffs Rise on Steel Imports",
        ),
        ("# Steel *Tariffs*\n\nJan. 31, 2019\n\nBody text.", "Steel Tariffs"),
        ("Jan. 31, 2019\n\nThe duties rise to 25% on steel imports from March 1.", None),
        ("Jan. 31, 2019\n\nOfficials met again\nand agreed on nothing at all", None),
        ("Jan. 31, 2019\n\nTalks failed. Officials left Washington without a deal", None),
    ],
)
def test_title_is_a_headline_or_none(text: str, title: str | None) -> None:
    assert _article(parse_article_text(text, "x.txt")).title == title


# --- markdown to text ------------------------------------------------------------------------------


def test_markdown_markup_is_removed_and_prose_kept() -> None:
    source = (
        "## Section ##\n\n"
        'See [the notice](https://example.org/a_(b) "t") and <https://example.org/x>.  \n'
        "![photo](img.png)**Bold** and _italic_ and `code` and ~~gone~~.\n\n\n\n"
        "> quoted line\n\n"
        "---\n\n"
        "Costs \\$5 \\*not emphasis\\* and 2 * 3 * 4 in snake_case_name.\n"
        "- bullet stays\n"
        "* star bullet stays\n"
    )
    assert markdown_to_text(source) == (
        "Section\n\n"
        "See the notice and https://example.org/x.\n"
        "Bold and italic and code and gone.\n\n"
        "quoted line\n\n"
        "Costs $5 *not emphasis* and 2 * 3 * 4 in snake_case_name.\n"
        "- bullet stays\n"
        "* star bullet stays"
    )


def test_heading_closing_hashes_are_markup_but_hashes_in_words_are_not() -> None:
    source = "# Title #\n\n## Tariffs on C#\n\n#hashtag stays\n\n####### seven is not a heading"
    assert (
        markdown_to_text(source)
        == "Title\n\nTariffs on C#\n\n#hashtag stays\n\n####### seven is not a heading"
    )


def test_plain_prose_is_unchanged() -> None:
    prose = "Tariffs of 25% on US$200 billion (S$271 billion) of goods — “not yet”, he said."
    assert markdown_to_text(f"\n\n{prose}   \n\n") == prose


def test_markup_formed_by_removing_other_markup_is_still_removed() -> None:
    # Removing the image joins `[a]` and `[b]` into a reference link; each step must see the text as it
    # is after the steps before it, not as it was at the start.
    assert markdown_to_text("see x]![chart](c.png)(y) and [a]![i](u)[b]") == "see x](y) and a"


def test_emphasis_needs_its_own_delimiters_on_both_sides_and_no_word_before_it() -> None:
    source = "***all*** **two** *one* a*b*c 2*3*4 x__y__z __u__ ~~s~~ ~~~t~~~ \\*lit\\* \\_u\\_"
    assert markdown_to_text(source) == "all two one a*b*c 2*3*4 x__y__z u s ~~~t~~~ *lit* _u_"


@pytest.mark.parametrize(("start", "title"), [(1500, "Tariffs Rise on Steel Imports"), (1501, None)])
def test_headline_must_start_within_the_head_of_the_body(start: int, title: str | None) -> None:
    filler = "x" * (start - len("Jan. 31, 2019\n\n") - 2)
    text = f"Jan. 31, 2019\n\n{filler}\n\nTariffs Rise on Steel Imports\n\nBody text."
    assert _article(parse_article_text(text, "x.txt")).title == title


def test_marker_date_that_does_not_exist_is_reported_with_the_date_parser_message() -> None:
    rejected = _rejected(parse_article_text(" date 2019-2-29 Talks resumed.", "x.txt"))
    assert rejected.reason == "invalid_publication_date"
    assert rejected.detail.endswith("day is out of range for month: 2019-2-29")
