"""The learned tariff-amount decider (opt-in): its hook, its shipped weights, its training."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tariffwatch.errors import ConfigError
from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import DECIDER_ENV, find_amounts, rule_amounts
from tariffwatch.extraction.context import ContextCache
from tariffwatch.extraction.learned_amounts import MODEL_PATH, accepts, candidate_views
from tariffwatch.models import Article
from tests.labelled import DATA, read_articles

# Training sets where the model disagrees with the rules.
SETS = ("extraction", "heldout17", "heldout18")


def _articles(sets: tuple[str, ...] = SETS) -> list[Article]:
    return read_articles(sets)


def _amounts(article: Article) -> list[tuple[int, int, float | None, str | None]]:
    return [
        (m.start, m.end, m.value, m.unit)
        for m in extract_mentions(article.body, article.published_on)
        if m.kind == "tariff_amount"
    ]


def test_the_learned_decider_is_the_default_and_the_trace_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    differs = False
    for article in _articles(("extraction", "train11")):  # the rules are tuned to the first, not the second
        monkeypatch.setenv(DECIDER_ENV, "rules")
        rules = find_amounts(article.body, ContextCache(article.body))
        trace: dict[int, str] = {}
        assert rule_amounts(article.body, ContextCache(article.body), trace) == rules
        assert {m.start for m in rules} <= set(trace)
        monkeypatch.setenv(DECIDER_ENV, "learned")
        learned = find_amounts(article.body, ContextCache(article.body))
        monkeypatch.delenv(DECIDER_ENV)
        assert find_amounts(article.body, ContextCache(article.body)) == learned
        differs = differs or learned != rules
    assert differs  # else this could not tell the default from the rules


def test_the_candidates_hold_every_rules_amount() -> None:
    for article in _articles(("extraction",)):
        views = candidate_views(article.body, ContextCache(article.body))
        rules = rule_amounts(article.body, ContextCache(article.body))
        assert [(v.candidate.start, v.candidate.value) for v in views if v.accepted] == [
            (m.start, m.value) for m in rules
        ]


def test_the_hook_keeps_exactly_the_candidates_the_model_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    added = removed = 0
    for article in _articles():
        views = candidate_views(article.body, ContextCache(article.body))
        expected = [
            (v.candidate.start, v.candidate.end, v.candidate.value, v.candidate.unit)
            for v in views
            if accepts(v)
        ]
        monkeypatch.setenv(DECIDER_ENV, "rules")
        with_rules = _amounts(article)
        monkeypatch.setenv(DECIDER_ENV, "learned")
        with_model = _amounts(article)
        assert with_model == expected
        added += len(set(with_model) - set(with_rules))
        removed += len(set(with_rules) - set(with_model))
    # The model does disagree with the rules on these sets (else this test proves nothing).
    assert added + removed > 0


def test_a_wrong_decider_name_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _articles(("extraction",))[0]
    monkeypatch.setenv(DECIDER_ENV, "rule")
    message = "TARIFFWATCH_AMOUNT_DECIDER must be 'learned' or 'rules', not 'rule"
    with pytest.raises(ConfigError, match=message):
        extract_mentions(article.body, article.published_on)


def test_scoring_does_not_import_numpy() -> None:
    code = (
        "import sys; from tariffwatch.extraction import learned_amounts; learned_amounts.load_model(); "
        "print(sorted({'numpy', 'scipy'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_shipped_weights_are_what_training_writes() -> None:
    # The file was written by another process (``--only-model``): equality also shows training is
    # deterministic. The thresholds are the shipped ones: choosing them again fits the model once per pool
    # set (minutes; ``--only-model`` does it).
    pytest.importorskip("scipy")
    from tariffwatch.extraction.amount_training import build_model, model_json

    retrain = "python -m tariffwatch.extraction.amount_training --only-model --model " + str(MODEL_PATH)
    shipped = MODEL_PATH.read_text(encoding="utf-8")
    model = json.loads(shipped)
    assert model_json(build_model(DATA, (model["hi"], model["lo"]))) == shipped, "stale weights: " + retrain
