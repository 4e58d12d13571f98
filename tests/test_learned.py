"""The learned deadline classifier (the default decider): its hook, its shipped weights, its training."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from tariffwatch.errors import ConfigError
from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import find_amounts
from tariffwatch.extraction.context import ContextCache
from tariffwatch.extraction.deadlines import DECIDER_ENV, _candidates, rule_deadlines
from tariffwatch.extraction.learned import (
    MODEL_PATH,
    candidate_views,
    features,
    load_model,
    score,
    tense_choice,
)
from tariffwatch.models import Article
from tests.labelled import DATA, read_articles

# Training sets where the model disagrees with the rules both ways.
SETS = ("extraction", "heldout17", "heldout18")


def _articles(sets: tuple[str, ...] = SETS) -> list[Article]:
    return read_articles(sets)


def _deadlines(article: Article) -> list[tuple[int, int, str | None, str | None]]:
    return [
        (m.start, m.end, m.date, m.status)
        for m in extract_mentions(article.body, article.published_on)
        if m.kind == "deadline"
    ]


def test_the_rules_decider_returns_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DECIDER_ENV, "rules")
    for article in _articles(("extraction",)):
        contexts = ContextCache(article.body)
        find_amounts(article.body, contexts)
        candidates = _candidates(article.body, contexts, article.published_on)
        rules = rule_deadlines(article.body, article.published_on, contexts, candidates)
        assert _deadlines(article) == [(m.start, m.end, m.date, m.status) for m in rules]


def test_the_hook_keeps_exactly_the_candidates_the_model_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    weights, threshold, _ = load_model()
    added = removed = 0
    for article in _articles():
        contexts = ContextCache(article.body)
        find_amounts(article.body, contexts)
        views = candidate_views(article.body, article.published_on, contexts)
        expected = [
            (view.candidate.start, view.candidate.end, view.resolved)
            for view in views
            if score(features(view, article.published_on, False), weights) >= threshold
        ]
        monkeypatch.setenv(DECIDER_ENV, "rules")
        with_rules = _deadlines(article)
        monkeypatch.delenv(DECIDER_ENV)  # the default
        with_model = _deadlines(article)
        assert [(start, end, resolved) for start, end, resolved, _ in with_model] == expected
        # A candidate both accept keeps the rules' mention, status included.
        rules_by_start = {mention[0]: mention for mention in with_rules}
        for mention in with_model:
            if mention[0] in rules_by_start:
                assert mention == rules_by_start[mention[0]]
        added += len({m[0] for m in with_model} - set(rules_by_start))
        removed += len(set(rules_by_start) - {m[0] for m in with_model})
    # The model does disagree with the rules both ways on these sets (else this test proves nothing).
    assert added > 0
    assert removed > 0


def test_a_rejected_candidate_is_reported_with_its_fallback_date(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Tariffs bite. Tariff revenue climbed to 5% of receipts on June 4."
    on = date(2025, 6, 10)
    monkeypatch.setenv(DECIDER_ENV, "rules")
    assert [m for m in extract_mentions(body, on) if m.kind == "deadline"] == []
    contexts = ContextCache(body)
    find_amounts(body, contexts)
    (view,) = candidate_views(body, on, contexts)
    assert not view.accepted
    assert view.resolved == "2025-06-04"
    weights, threshold, _ = load_model()
    accepted = score(features(view, on, False), weights) >= threshold
    monkeypatch.setenv(DECIDER_ENV, "learned")
    found = [(m.text, m.date) for m in extract_mentions(body, on) if m.kind == "deadline"]
    assert found == ([("June 4", "2025-06-04")] if accepted else [])


def test_scoring_does_not_import_numpy() -> None:
    code = (
        "import sys; from tariffwatch.extraction import learned; learned.load_model(); "
        "print(sorted({'numpy', 'scipy'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_shipped_weights_are_what_training_writes_and_training_is_deterministic() -> None:
    pytest.importorskip("scipy")
    from tariffwatch.extraction.training import build_model, model_json

    # The file was written by another process (another hash seed): equality also proves determinism. The
    # threshold is the shipped one: choosing it again fits the model once per pool set (make train does).
    shipped = MODEL_PATH.read_text(encoding="utf-8")
    threshold = json.loads(shipped)["threshold"]
    retrain = "python -m tariffwatch.extraction.training --only-model --model " + str(MODEL_PATH)
    assert model_json(build_model(DATA, threshold)) == shipped, "stale weights: " + retrain


def test_the_learned_tense_chooses_the_date_of_candidates_the_rules_rejected() -> None:
    _, _, tense_weights = load_model()
    assert tense_weights, "the shipped model has a tense choice"
    chosen = changed = 0
    for article in _articles():
        contexts = ContextCache(article.body)
        find_amounts(article.body, contexts)
        fallback = {
            v.candidate.start: v for v in candidate_views(article.body, article.published_on, contexts, {})
        }
        for view in candidate_views(article.body, article.published_on, contexts):
            old = fallback[view.candidate.start]
            choice = tense_choice(old, article.published_on)
            if view.accepted or choice is None:
                assert view.resolved == old.resolved  # the rules' date, or no past/future choice to make
                continue
            assert (
                view.resolved
                == (choice.past if score(choice.features, tense_weights) >= 0.5 else choice.future)[0]
            )
            chosen += 1
            changed += view.resolved != old.resolved
    # The choice is made, and sometimes differs from the clause markers' tense (else this proves nothing).
    assert chosen > 0
    assert changed > 0


def test_the_learned_decider_is_the_default_and_a_wrong_name_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = _articles(("heldout17",))[0]
    monkeypatch.delenv(DECIDER_ENV, raising=False)
    default = [_deadlines(a) for a in _articles()]
    monkeypatch.setenv(DECIDER_ENV, "learned")
    assert [_deadlines(a) for a in _articles()] == default
    monkeypatch.setenv(DECIDER_ENV, "rules")
    assert [_deadlines(a) for a in _articles()] != default
    monkeypatch.setenv(DECIDER_ENV, "rule")
    with pytest.raises(
        ConfigError, match="TARIFFWATCH_DEADLINE_DECIDER must be 'learned' or 'rules', not 'rule"
    ):
        extract_mentions(article.body, article.published_on)
