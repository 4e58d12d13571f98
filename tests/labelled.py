"""The labelled articles under tests/data, read for the tests of the learned deciders."""

from __future__ import annotations

from pathlib import Path

from tariffwatch.models import Article
from tariffwatch.sources.files import parse_article_text

DATA = Path(__file__).parent / "data"


def read_articles(sets: tuple[str, ...]) -> list[Article]:
    """Every article of the labelled ``sets`` (directory names under tests/data), in path order."""
    articles = []
    for path in sorted(path for name in sets for path in (DATA / name).glob("*.txt")):
        parsed = parse_article_text(path.read_text(encoding="utf-8"), str(path))
        assert isinstance(parsed, Article)
        articles.append(parsed)
    return articles
