"""Train and measure the learned tariff-amount classifier; needs numpy and scipy.

Run ``python -m tariffwatch.extraction.amount_training [--data DIR] [--model PATH]``. The pool and the
test sets are those of the deadline trainer (:data:`~tariffwatch.extraction.training.POOL`: the labelled
development set ``extraction``, ``heldout``, ``heldout2`` … ``heldout41`` and ``train01`` … ``train12``;
:data:`~tariffwatch.extraction.training.TESTS`: ``heldout42`` … ``heldout49``, only ever scored in aggregate,
and only with ``--tests``: no feature, threshold or penalty was chosen on them). The script prints

* the candidate ceiling: labelled amount values that no candidate of their article reaches, and labelled
  occurrences no candidate with the same value covers, with every such value listed;
* leave-one-set-out scores over the pool: the rules (TUNED on these sets), the model with and without the
  rules' decisions as features, and hybrids of rules and model whose thresholds are chosen inside the
  training folds;
* with ``--tests``, the same variants trained on the whole pool and scored on the test sets, with a 95%
  paired bootstrap interval of their F1 gain over the rules.

Scores are value-level exactly like ``tariffwatch eval``: per article the set of ``unit value`` keys. The
machinery (logistic regression, threshold choice, bootstrap) is that of
:mod:`~tariffwatch.extraction.training`; everything is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tariffwatch.evaluation import amount_key, occurrence
from tariffwatch.extraction.context import ContextCache
from tariffwatch.extraction.learned_amounts import candidate_views, features
from tariffwatch.extraction.training import (
    COMBINERS,
    POOL,
    TESTS,
    Doc,
    Row,
    Score,
    _decider,
    bootstrap_gain,
    choose_thresholds,
    labelled_articles,
    probabilities,
    rules_decider,
    score_docs,
    train,
)

#: The variant shipped in amount_model.json: A (no rule features) in the "both" hybrid (a candidate the
#: rules accept stays unless p <= lo; any other is taken when p >= hi), thresholds chosen leaving one set
#: out. Variant A because on the pool the rules are tuned to ~1.0, so rule features learnt there (variant B)
#: trust the rules more than unseen text warrants. The "both" hybrid was chosen in round 23 after seeing
#: that round's test sets (heldout22, 23, 25-27, now in the pool; README, "Who decides a tariff amount").
SHIPPED_VARIANT = "A"
SHIPPED_COMBINER = "both"


class AmountDoc(Doc):
    """A labelled article, with the labelled occurrences no candidate covers (for the ceiling)."""

    __slots__ = ("missed",)

    def __init__(self, set_name: str, name: str, gold: set[str]) -> None:
        super().__init__(set_name, name, gold)
        self.missed: list[tuple[str, str, str]] = []  # (key, text, why)


def load_set(directory: Path) -> list[AmountDoc]:
    """Candidates and labels of every article of one labelled directory."""
    docs = []
    for name, body, _, golds in labelled_articles(directory, "tariff_amount"):
        spans: list[tuple[int, int, str, str]] = []
        seen: dict[str, int] = {}
        for item in golds:
            text = item["text"]
            position = occurrence(body, text, seen.get(text, 0))
            seen[text] = seen.get(text, 0) + 1
            if position >= 0:
                gold_key = amount_key(item["unit"], float(item["value"]))
                spans.append((position, position + len(text), gold_key, text))
        views = candidate_views(body, ContextCache(body))
        doc = AmountDoc(directory.name, name, {amount_key(m["unit"], float(m["value"])) for m in golds})
        doc.spans = len(golds)
        for view in views:
            candidate = view.candidate
            value_key = amount_key(candidate.unit, candidate.value)
            label = any(
                candidate.start < g_end and g_start < candidate.end and value_key == g_key
                for g_start, g_end, g_key, _ in spans
            )
            doc.rows.append(Row(features(view, False), features(view, True), value_key, label, view.accepted))
        for g_start, g_end, g_key, text in spans:
            covering = [
                amount_key(v.candidate.unit, v.candidate.value)
                for v in views
                if v.candidate.start < g_end and g_start < v.candidate.end
            ]
            if g_key not in covering:
                doc.uncovered += 1
                why = "no candidate" if not covering else "candidate reads " + ", ".join(covering)
                doc.missed.append((g_key, text, why))
        reachable = {row.date for row in doc.rows}
        doc.unreachable = len(doc.gold - reachable)
        docs.append(doc)
    return docs


VARIANTS = [("A", name) for name in COMBINERS] + [("B", name) for name in COMBINERS]


def _label(variant: str, combiner: str) -> str:
    return f"{variant}:{combiner}"


def main(argv: Sequence[str] | None = None) -> int:
    """Build the data, print the candidate ceiling, the LOSO table and the test-set scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / "tests" / "data")
    parser.add_argument("--model", type=Path, help="write the shipped model (weights and thresholds) here")
    parser.add_argument("--only-model", action="store_true", help="build and write the model, score nothing")
    parser.add_argument("--no-loso", action="store_true")
    parser.add_argument(
        "--tests", action="store_true", help="also score the test sets (the lead engineer's final measure)"
    )
    parser.add_argument("--variants", default="AB", help="variants to score (default %(default)s)")
    parser.add_argument(
        "--inner-folds",
        type=int,
        default=2,
        help="folds (grouped by set) that choose the thresholds inside each LOSO fold (default %(default)s;"
        " the whole-pool model chooses them leaving one set out)",
    )
    args = parser.parse_args(argv)
    if args.model is not None:
        args.model.write_text(model_json(build_model(args.data)), encoding="utf-8")
        if args.only_model:
            return 0

    pool = {name: load_set(args.data / name) for name in POOL}
    all_pool = [doc for docs in pool.values() for doc in docs]
    # The test sets are not even read unless asked for.
    tests = {name: load_set(args.data / name) for name in TESTS} if args.tests else {}
    all_tests = [doc for docs in tests.values() for doc in docs]

    for title, docs in (("pool", all_pool), ("tests", all_tests)):
        if not docs:
            continue
        values = sum(len(d.gold) for d in docs)
        unreachable = sum(d.unreachable for d in docs)
        spans = sum(d.spans for d in docs)
        uncovered = sum(d.uncovered for d in docs)
        rows = sum(len(d.rows) for d in docs)
        positive = sum(r.label for d in docs for r in d.rows)
        print(f"{title}: {len(docs)} articles, {rows} candidates, {positive} positive")
        print(f"  value ceiling: {values - unreachable}/{values} = {(values - unreachable) / values:.3f}")
        print(f"  occurrence ceiling: {spans - uncovered}/{spans} = {(spans - uncovered) / spans:.3f}")
    print("\nLabelled occurrences no candidate with their value covers (pool):")
    for doc in all_pool:
        for value_key, text, why in doc.missed:
            print(f"  {doc.set_name}/{doc.name} {value_key} {text!r}: {why}")

    if not args.no_loso:
        print("\nLOSO over the pool (rules are TUNED on every pool set; model/hybrids are not)", flush=True)
        totals = {
            name: Score() for name in ["rules"] + [_label(v, c) for v, c in VARIANTS if v in args.variants]
        }
        for held in POOL:
            train_docs = [d for d in all_pool if d.set_name != held]
            test_docs = pool[held]
            cells = []
            rules_score = score_docs(test_docs, rules_decider)
            totals["rules"].add(rules_score)
            cells.append("rules " + rules_score.text())
            for variant in args.variants:
                weights = train(train_docs, variant)
                thresholds = choose_thresholds(train_docs, variant, folds=args.inner_folds)
                probs = {d.set_name + "/" + d.name: probabilities(d, weights, variant) for d in test_docs}
                for combiner, combine in COMBINERS.items():
                    result = score_docs(test_docs, _decider(combine, probs, thresholds[combiner]))
                    totals[_label(variant, combiner)].add(result)
                    cells.append(f"{_label(variant, combiner)} {result.text()}")
            print(f"{held:11s} " + " | ".join(cells), flush=True)
        print("POOLED LOSO:")
        for name, total in totals.items():
            print(f"  {name:16s} {total.text()}")

    if not args.tests:
        return 0
    print("\nWhole pool → the test sets (rules never tuned on these)")
    for variant in args.variants:
        weights = train(all_pool, variant)
        thresholds = choose_thresholds(all_pool, variant, folds=None)
        print(f"variant {variant}: thresholds {thresholds}", flush=True)
        for name, docs in [*tests.items(), ("TESTS pooled", all_tests)]:
            probs = {d.set_name + "/" + d.name: probabilities(d, weights, variant) for d in docs}
            cells = [f"rules {score_docs(docs, rules_decider).text()}"]
            for combiner, combine in COMBINERS.items():
                cells.append(
                    f"{combiner} {score_docs(docs, _decider(combine, probs, thresholds[combiner])).text()}"
                )
            print(f"  {variant} {name:13s} " + " | ".join(cells))
            if name == "TESTS pooled":
                for combiner, combine in COMBINERS.items():
                    low, high = bootstrap_gain(docs, _decider(combine, probs, thresholds[combiner]))
                    print(f"    {combiner:13s} - rules F1, 95% paired bootstrap: [{low:+.3f}, {high:+.3f}]")
    return 0


def build_model(data: Path, thresholds: tuple[float, float] | None = None) -> dict[str, object]:
    """The shipped model trained on the whole pool under ``data``: rounded weights and thresholds.

    Args:
        data: The labelled sets' parent directory.
        thresholds: Use these ``(hi, lo)`` instead of choosing them leaving one set out (the choice fits the
            model once per pool set: minutes, where the weights alone take seconds).
    """
    docs = [doc for name in POOL for doc in load_set(data / name)]
    weights = train(docs, SHIPPED_VARIANT)
    hi, lo = thresholds or choose_thresholds(docs, SHIPPED_VARIANT, folds=None)[SHIPPED_COMBINER]
    if SHIPPED_COMBINER == "model":
        lo = 1.1  # the rules' decision only enters as a feature
    elif SHIPPED_COMBINER == "rules|p>=hi":
        lo = -1.0  # every rules' amount stays
    return {
        "variant": SHIPPED_VARIANT,
        "combiner": SHIPPED_COMBINER,
        "hi": hi,
        "lo": lo,
        "weights": {k: round(v, 6) for k, v in sorted(weights.items()) if v},
    }


def model_json(model: dict[str, object]) -> str:
    """The shipped file's text for ``model`` (one weight a line, sorted: stable diffs)."""
    return json.dumps(model, indent=0, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.exit(main())
