"""Train and measure the learned deadline classifier (``make train``); needs numpy and scipy.

Run ``python -m tariffwatch.extraction.training [--data DIR]``. The pool is the labelled development set
(``extraction``), ``heldout``, ``heldout2`` … ``heldout41`` and ``train01`` … ``train12``; ``heldout42`` …
``heldout49`` are test sets, written after every choice of features, labelling and threshold was made and
only ever scored in aggregate. (``heldout22`` … ``heldout41`` were the test sets of earlier models; having
informed later choices they joined the pool.) The script prints

* candidate recall: labelled deadline spans no candidate covers, and labelled values no candidate
  resolves to (what bounds any classifier over the candidates);
* leave-one-set-out scores over the pool: the rules (TUNED on these sets), the model alone (variant A: no
  rule features), and hybrids of rules and model whose thresholds are chosen inside the training folds;
* the same variants, and variant B (A + the rules' decision), trained on the whole pool and scored on the
  test sets.

Scores are value-level exactly like ``tariffwatch eval``: per article the set of resolved date strings.
Everything is deterministic (sorted inputs, L-BFGS from zeros).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

from tariffwatch.evaluation import occurrence
from tariffwatch.extraction.amounts import rule_amounts
from tariffwatch.extraction.context import ContextCache
from tariffwatch.extraction.learned import candidate_views, features, score, tense_choice
from tariffwatch.models import Article
from tariffwatch.sources.files import parse_article_text

POOL = ["extraction", "heldout"] + [f"heldout{n}" for n in range(2, 42)]
POOL += [f"train{n:02d}" for n in range(1, 13)]
TESTS = [f"heldout{n}" for n in range(42, 50)]
L2 = 1.0
_GRID = [round(0.05 * n, 2) for n in range(1, 20)]
_INNER_FOLDS = 4
_settings = {"l2": L2}


@dataclass(slots=True)
class Row:
    """One candidate: features of both variants, its resolved date, label and the rules' decision."""

    feats_a: list[str]
    feats_b: list[str]
    date: str
    label: bool
    rules: bool


@dataclass(slots=True)
class Doc:
    """One labelled article."""

    set_name: str
    name: str
    gold: set[str]
    rows: list[Row] = field(default_factory=list)
    spans: int = 0
    uncovered: int = 0
    unreachable: int = 0


def labelled_articles(
    directory: Path, kind: str = "deadline"
) -> Iterator[tuple[str, str, date, list[dict[str, Any]]]]:
    """(name, body, article date, labels of ``kind``) of every labelled article of ``directory``."""
    for text_path in sorted(directory.glob("*.txt")):
        label_path = text_path.with_suffix(".json")
        if not label_path.exists():
            continue
        labels = json.loads(label_path.read_text(encoding="utf-8"))
        parsed = parse_article_text(text_path.read_text(encoding="utf-8"), str(text_path))
        if not isinstance(parsed, Article):
            continue
        golds = [m for m in labels["mentions"] if m["kind"] == kind]
        yield text_path.stem, parsed.body, parsed.published_on, golds


def _occurrences(body: str, golds: list[dict[str, Any]]) -> list[list[tuple[int, int, str]]]:
    """Per label, the (start, end, date) of every whole-token occurrence of its text."""
    occurrences: list[list[tuple[int, int, str]]] = []
    for item in golds:
        text, found = item["text"], []
        index = 0
        while (position := occurrence(body, text, index)) >= 0:
            found.append((position, position + len(text), str(item["date"])))
            index += 1
        occurrences.append(found)
    return occurrences


def load_set(
    directory: Path, fallback_dates: bool = False, tense_weights: dict[str, float] | None = None
) -> list[Doc]:
    """Candidates and labels of every article of one labelled directory.

    With ``fallback_dates`` every candidate reports its fallback resolution, even where the rules accepted
    it with another date (to see what the rules' own resolution is worth). ``tense_weights`` is the tense
    choice the views use (default: the shipped one; see :func:`train_tense`).
    """
    docs = []
    for name, body, published_on, golds in labelled_articles(directory):
        # Labels carry no offsets. A candidate is positive when it overlaps ANY whole-token occurrence of a
        # label's text and resolves to that label's date: the k-th-occurrence reading breaks where labels
        # are out of document order or an unlabelled distractor shares a label's text, and at value level
        # another occurrence with the same date is the same finding anyway.
        occurrences = _occurrences(body, golds)
        spans = sorted({span for found in occurrences for span in found})
        contexts = ContextCache(body)
        rule_amounts(body, contexts)  # the gate the shipped model was trained and measured with
        views = candidate_views(body, published_on, contexts, tense_weights)
        doc = Doc(directory.name, name, {str(item["date"]) for item in golds}, spans=len(golds))
        doc.uncovered = sum(
            not any(
                v.candidate.start < g_end and g_start < v.candidate.end
                for v in views
                for g_start, g_end, _ in found
            )
            for found in occurrences
        )
        for view in views:
            if fallback_dates:
                if view.fallback is None:
                    continue
                view.resolved = view.fallback
            label = any(
                view.candidate.start < g_end and g_start < view.candidate.end and view.resolved == key
                for g_start, g_end, key in spans
            )
            doc.rows.append(
                Row(
                    features(view, published_on, False),
                    features(view, published_on, True),
                    view.resolved,
                    label,
                    view.accepted,
                )
            )
        reachable = {row.date for row in doc.rows}
        doc.unreachable = len(doc.gold - reachable)
        docs.append(doc)
    return docs


# --- tense choice ----------------------------------------------------------------------------------


@dataclass(slots=True)
class TenseRow:
    """A candidate whose past and future readings differ and whose label names one of them."""

    set_name: str
    feats: list[str]
    past: bool  # the label is the past reading
    fallback_past: bool  # the fallback tense chose the past reading
    accepted: bool  # the rules accepted it (they give its date themselves)


def tense_rows(directory: Path) -> list[TenseRow]:
    """The tense-choice examples of one labelled directory (every candidate, accepted or not)."""
    rows = []
    for _, body, published_on, golds in labelled_articles(directory):
        spans = [span for found in _occurrences(body, golds) for span in found]
        contexts = ContextCache(body)
        rule_amounts(body, contexts)  # the gate the shipped model was trained and measured with
        for view in candidate_views(body, published_on, contexts, {}):
            choice = tense_choice(view, published_on)
            if choice is None:
                continue
            start, end = view.candidate.start, view.candidate.end
            dates = {key for g_start, g_end, key in spans if start < g_end and g_start < end}
            past, future = choice.past[0], choice.future[0]
            if past in dates or future in dates:
                fallback_past = view.fallback == past
                rows.append(
                    TenseRow(directory.name, choice.features, past in dates, fallback_past, view.accepted)
                )
    return rows


def train_tense(rows: Sequence[TenseRow]) -> dict[str, float]:
    """Logistic regression of the past reading over ``rows`` (the decider's trainer, same penalty)."""
    doc = Doc("tense", "rows", set())
    doc.rows = [Row(r.feats, r.feats, "", r.past, False) for r in rows]
    return train([doc], "A")


def tense_accuracy(rows_by_set: dict[str, list[TenseRow]]) -> str:
    """Leave-one-set-out accuracy of the learned tense choice vs the fallback, on rejected candidates."""
    learned = fallback = total = 0
    for held, held_rows in rows_by_set.items():
        weights = train_tense([r for name, rs in rows_by_set.items() if name != held for r in rs])
        for row in held_rows:
            if row.accepted:
                continue  # the rules give their own date; the choice applies to the others only
            total += 1
            learned += (score(row.feats, weights) >= 0.5) == row.past
            fallback += row.fallback_past == row.past
    return f"tense choice, rejected candidates, LOSO: learned {learned}/{total}, fallback {fallback}/{total}"


# --- scoring ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Score:
    """Value-level counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another score."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 (as ``tariffwatch eval``: 1.0 when nothing found/labelled)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def text(self) -> str:
        """``P R F1`` formatted."""
        return "{:.3f} {:.3f} {:.3f}".format(*self.prf())


def score_docs(docs: Sequence[Doc], decide: Callable[[Doc], list[bool]]) -> Score:
    """Value-level score of the accepted candidates (``decide`` gives one flag per row)."""
    total = Score()
    for doc in docs:
        found = {row.date for row, keep in zip(doc.rows, decide(doc), strict=True) if keep}
        total.add(Score(len(found & doc.gold), len(found - doc.gold), len(doc.gold - found)))
    return total


# --- model -----------------------------------------------------------------------------------------


def train(docs: Sequence[Doc], variant: str, l2: float | None = None) -> dict[str, float]:
    """L2-regularised logistic regression over the rows of ``docs``; returns feature weights."""
    l2 = _settings["l2"] if l2 is None else l2
    rows = [row for doc in docs for row in doc.rows]
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    pointers = [0]
    for row in rows:
        for feature in sorted(set(row.feats_a if variant == "A" else row.feats_b)):
            indices.append(vocabulary.setdefault(feature, len(vocabulary)))
        pointers.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.ones(len(indices)), np.array(indices), np.array(pointers)), shape=(len(rows), len(vocabulary))
    )
    labels = np.array([1.0 if row.label else 0.0 for row in rows])

    def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
        margin = matrix @ weights
        probability = 1.0 / (1.0 + np.exp(-margin))
        value = np.sum(np.logaddexp(0.0, margin) - labels * margin) + 0.5 * l2 * weights @ weights
        gradient = matrix.T @ (probability - labels) + l2 * weights
        return float(value), gradient

    result = optimize.minimize(
        loss, np.zeros(len(vocabulary)), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    return {feature: float(result.x[index]) for feature, index in vocabulary.items()}


def probabilities(doc: Doc, weights: dict[str, float], variant: str) -> list[float]:
    """The model's probability per row: :func:`learned.score`, the shipped scoring itself."""
    return [score(row.feats_a if variant == "A" else row.feats_b, weights) for row in doc.rows]


#: Decision rules of each variant from the rules' flags and the model's probabilities.
def _model(rules: bool, p: float, t: tuple[float, float]) -> bool:
    return p >= t[0]


def _or(rules: bool, p: float, t: tuple[float, float]) -> bool:
    return rules or p >= t[0]


def _andnot(rules: bool, p: float, t: tuple[float, float]) -> bool:
    return rules and p > t[1]


def _both(rules: bool, p: float, t: tuple[float, float]) -> bool:
    return (rules and p > t[1]) or p >= t[0]


COMBINERS: dict[str, Callable[[bool, float, tuple[float, float]], bool]] = {
    "model": _model,
    "rules|p>=hi": _or,
    "rules&!p<=lo": _andnot,
    "both": _both,
}


def _decider(
    combine: Callable[[bool, float, tuple[float, float]], bool],
    probs: dict[str, list[float]],
    t: tuple[float, float],
) -> Callable[[Doc], list[bool]]:
    def decide(doc: Doc) -> list[bool]:
        key = doc.set_name + "/" + doc.name
        return [combine(row.rules, p, t) for row, p in zip(doc.rows, probs[key], strict=True)]

    return decide


def choose_thresholds(
    docs: Sequence[Doc], variant: str, folds: int | None = _INNER_FOLDS
) -> dict[str, tuple[float, float]]:
    """Thresholds per combiner, chosen on out-of-fold probabilities inside ``docs`` (grouped by set).

    ``folds=None`` leaves one set out at a time (the shipped model: the most training data per fold);
    the nested searches of the experiment use a few folds, for time.
    """
    sets = sorted({doc.set_name for doc in docs})
    probs: dict[str, list[float]] = {}
    for fold in range(len(sets) if folds is None else folds):
        held = {name for index, name in enumerate(sets) if index % (folds or len(sets)) == fold}
        weights = train([d for d in docs if d.set_name not in held], variant)
        for doc in docs:
            if doc.set_name in held:
                probs[doc.set_name + "/" + doc.name] = probabilities(doc, weights, variant)
    chosen: dict[str, tuple[float, float]] = {}
    for name, combine in COMBINERS.items():
        if name == "model" or name == "rules|p>=hi":
            grid = [(hi, 0.0) for hi in _GRID]
        elif name == "rules&!p<=lo":
            grid = [(1.1, lo) for lo in _GRID]
        else:
            grid = [(hi, lo) for hi in _GRID for lo in _GRID if lo < hi]
        best = max(
            grid, key=lambda t: (score_docs(docs, _decider(combine, probs, t)).prf()[2], -abs(t[0] - 0.5))
        )
        chosen[name] = best
    return chosen


def bootstrap_gain(
    docs: Sequence[Doc], decide: Callable[[Doc], list[bool]], rounds: int = 2000
) -> tuple[float, float]:
    """95% interval of F1(decide) - F1(rules) over ``docs`` resampled with replacement (fixed seed)."""
    counts = []
    for doc in docs:
        row = []
        for flags in (decide(doc), rules_decider(doc)):
            found = {r.date for r, keep in zip(doc.rows, flags, strict=True) if keep}
            row += [len(found & doc.gold), len(found - doc.gold), len(doc.gold - found)]
        counts.append(row)
    table = np.array(counts, dtype=float)
    generator = np.random.default_rng(0)
    gains = []
    for _ in range(rounds):
        tp, fp, fn, rtp, rfp, rfn = table[generator.integers(0, len(docs), len(docs))].sum(axis=0)
        gains.append(2 * tp / max(2 * tp + fp + fn, 1) - 2 * rtp / max(2 * rtp + rfp + rfn, 1))
    low, high = np.percentile(gains, [2.5, 97.5])
    return float(low), float(high)


def rules_decider(doc: Doc) -> list[bool]:
    """The rules' own decisions."""
    return [row.rules for row in doc.rows]


def main(argv: Sequence[str] | None = None) -> int:
    """Build the data, print candidate recall, the LOSO table and the test-set scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / "tests" / "data")
    parser.add_argument(
        "--model", type=Path, help="write the whole-pool model A (weights and threshold) here"
    )
    parser.add_argument("--only-model", action="store_true", help="build and write the model, score nothing")
    parser.add_argument("--no-loso", action="store_true")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty (default %(default)s)")
    parser.add_argument("--fallback-dates", action="store_true", help="never use the rules' resolved dates")
    args = parser.parse_args(argv)
    _settings["l2"] = args.l2
    if args.model is not None:
        args.model.write_text(model_json(build_model(args.data)), encoding="utf-8")
        if args.only_model:
            return 0

    tense_by_set = {name: tense_rows(args.data / name) for name in POOL}
    tense_weights = train_tense([row for rows in tense_by_set.values() for row in rows])
    pool = {name: load_set(args.data / name, args.fallback_dates, tense_weights) for name in POOL}
    tests = {
        name: load_set(args.data / name, args.fallback_dates, tense_weights)
        for name in TESTS
        if (args.data / name).is_dir()
    }
    all_pool = [doc for docs in pool.values() for doc in docs]

    spans = sum(d.spans for d in all_pool)
    uncovered = sum(d.uncovered for d in all_pool)
    values = sum(len(d.gold) for d in all_pool)
    unreachable = sum(d.unreachable for d in all_pool)
    rows = sum(len(d.rows) for d in all_pool)
    positive = sum(r.label for d in all_pool for r in d.rows)
    print(f"pool: {len(all_pool)} articles, {rows} candidates, {positive} positive")
    print(
        f"candidate recall (spans): {spans - uncovered}/{spans} = {(spans - uncovered) / spans:.3f} covered"
    )
    print(f"value recall bound: {values - unreachable}/{values} = {(values - unreachable) / values:.3f}")
    print(tense_accuracy(tense_by_set))
    for name, docs in tests.items():
        print(f"{name}: {len(docs)} articles (test only: aggregate scores below)")

    if not args.no_loso:
        print("\nLOSO over the pool (rules are TUNED on every pool set; model/hybrids are not)")
        header = ["set", "rules(tuned)", *list(COMBINERS)]
        print(f"{header[0]:11s} " + " | ".join(f"{h:17s}" for h in header[1:]))
        totals = {name: Score() for name in ["rules", *list(COMBINERS)]}
        for held in POOL:
            train_docs = [d for d in all_pool if d.set_name != held]
            test_docs = pool[held]
            weights = train(train_docs, "A")
            thresholds = choose_thresholds(train_docs, "A")
            probs = {d.set_name + "/" + d.name: probabilities(d, weights, "A") for d in test_docs}
            line = []
            rules_score = score_docs(test_docs, rules_decider)
            totals["rules"].add(rules_score)
            line.append(rules_score.text())
            for name, combine in COMBINERS.items():
                result = score_docs(test_docs, _decider(combine, probs, thresholds[name]))
                totals[name].add(result)
                line.append(result.text())
            print(f"{held:11s} " + " | ".join(f"{cell:17s}" for cell in line), flush=True)
        print(f"{'POOLED':11s} " + " | ".join(f"{totals[n].text():17s}" for n in totals))

    if not args.no_loso:
        # Forward chaining, like the rules' rounds: train only on the sets written before the one scored.
        print("\nForward chaining (train on the pool sets before, score the next; rules columns are TUNED)")
        forward = {"rules": Score(), "model": Score()}
        for index in range(POOL.index("heldout10"), len(POOL)):
            held = POOL[index]
            train_docs = [d for name in POOL[:index] for d in pool[name]]
            weights = train(train_docs, "A")
            threshold = choose_thresholds(train_docs, "A")["model"]
            probs = {d.set_name + "/" + d.name: probabilities(d, weights, "A") for d in pool[held]}
            rules_score = score_docs(pool[held], rules_decider)
            model_score = score_docs(pool[held], _decider(_model, probs, threshold))
            forward["rules"].add(rules_score)
            forward["model"].add(model_score)
            print(f"{held:11s} rules {rules_score.text()} | model {model_score.text()}", flush=True)
        print(f"{'POOLED':11s} rules {forward['rules'].text()} | model {forward['model'].text()}")

    print("\nWhole pool → test sets (rules never tuned on these)")
    for variant in ("A", "B"):
        weights = train(all_pool, variant)
        thresholds = choose_thresholds(all_pool, variant, folds=None)
        print(f"variant {variant}: thresholds {thresholds}")
        for name, docs in [*list(tests.items()), ("tests pooled", [d for ds in tests.values() for d in ds])]:
            probs = {d.set_name + "/" + d.name: probabilities(d, weights, variant) for d in docs}
            cells = [f"rules {score_docs(docs, rules_decider).text()}"]
            for combo, combine in COMBINERS.items():
                cells.append(
                    f"{combo} {score_docs(docs, _decider(combine, probs, thresholds[combo])).text()}"
                )
            print(f"  {variant} {name:13s} " + " | ".join(cells))
            if variant == "A" and docs:
                low, high = bootstrap_gain(docs, _decider(_model, probs, thresholds["model"]))
                print(f"    model - rules F1, 95% paired bootstrap over articles: [{low:+.3f}, {high:+.3f}]")
    return 0


def build_model(data: Path, threshold: float | None = None) -> dict[str, object]:
    """Model A trained on the whole pool under ``data``, as shipped: rounded weights and the threshold.

    Args:
        data: The labelled sets' parent directory.
        threshold: Use this acceptance threshold instead of choosing it leaving one set out (the choice
            fits the model once per pool set: minutes, where the weights alone take seconds).
    """
    tense_weights = train_tense([row for name in POOL for row in tense_rows(data / name)])
    docs = [doc for name in POOL for doc in load_set(data / name, tense_weights=tense_weights)]
    weights = train(docs, "A")
    if threshold is None:
        threshold = choose_thresholds(docs, "A", folds=None)["model"][0]
    return {
        "threshold": threshold,
        "weights": {k: round(v, 6) for k, v in sorted(weights.items()) if v},
        "tense_weights": {k: round(v, 6) for k, v in sorted(tense_weights.items()) if v},
    }


def model_json(model: dict[str, object]) -> str:
    """The shipped file's text for ``model`` (one weight a line, sorted: stable diffs)."""
    return json.dumps(model, indent=0, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.exit(main())
