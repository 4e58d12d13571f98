"""Score the extractor against a labelled directory (``NAME.txt`` + ``NAME.json`` pairs).

Each article is read exactly as production reads a file (:func:`parse_article_text`: date marker,
markdown removal), then :func:`extract_mentions` runs on its body. Scores are per kind, on normalised
values: each article contributes the SET of its normalised values (an amount is ``(unit, value)``, a
deadline its date string), so one value named three times counts once. Every miss and every false hit is
listed with its article, text and sentence. Occurrence-level counts (text, value and status all equal)
are reported beside, because the golden tests hold the extractor to those.

The same scoring compares two annotators (:func:`compare_labels`): a second, independent labelling of the
same articles takes the extractor's place, which measures how far the labels themselves can be trusted
(inter-annotator agreement) — the ceiling any extractor is measured under.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.sentences import SentenceIndex
from tariffwatch.models import Article, Mention, MentionKind, format_value
from tariffwatch.sources.files import parse_article_text

KINDS: tuple[MentionKind, ...] = ("tariff_amount", "deadline")


@dataclass(frozen=True, slots=True)
class Finding:
    """One normalised value the extractor missed or wrongly found, at one place in one article."""

    article: str
    kind: MentionKind
    key: str
    text: str
    sentence: str


@dataclass(slots=True)
class KindScore:
    """Counts and scores of one mention kind over a whole directory."""

    kind: MentionKind
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    gold_mentions: int = 0
    found_mentions: int = 0
    exact_mentions: int = 0

    @property
    def precision(self) -> float:
        """Share of found values that are labelled; 1.0 when nothing was found."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled values that were found; 1.0 when nothing is labelled."""
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(slots=True)
class EvaluationReport:
    """The result of :func:`evaluate_directory` (or of :func:`compare_labels`, with ``against`` set)."""

    directory: Path
    #: The directory of the second labelling that was scored instead of the extractor, if any.
    against: Path | None = None
    articles: int = 0
    scores: dict[MentionKind, KindScore] = field(default_factory=lambda: {k: KindScore(k) for k in KINDS})
    misses: list[Finding] = field(default_factory=list)
    false_hits: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Gold:
    kind: MentionKind
    text: str
    key: str
    status: str | None


@dataclass(frozen=True, slots=True)
class _Found:
    """A mention to score: the extractor's, or a second annotator's label."""

    kind: MentionKind
    text: str
    key: str
    status: str | None
    sentence: str


def evaluate_directory(directory: Path) -> EvaluationReport:
    """Run the extractor over every labelled article in ``directory`` and score it.

    Args:
        directory: A directory of ``NAME.txt`` articles, each with its ``NAME.json`` labels.

    Returns:
        The report; articles that cannot be read or labelled are listed in ``errors`` and skipped.
    """
    return _score_directory(EvaluationReport(directory=directory))


def compare_labels(directory: Path, against: Path) -> EvaluationReport:
    """Score a second labelling of the articles in ``directory`` against their own labels.

    The labels in ``against`` (``NAME.json`` files in the same format, for the same ``NAME.txt``) take the
    extractor's place: precision is the share of their values the first labelling has too, recall the
    share of the first labelling's values they have. Misses are values only ``directory`` labels, false
    hits values only ``against`` labels.

    Args:
        directory: A directory of ``NAME.txt`` articles, each with its ``NAME.json`` labels.
        against: A directory of ``NAME.json`` labels of the same articles by another annotator.

    Returns:
        The report; an article ``against`` does not label is listed in ``errors`` and skipped.
    """
    return _score_directory(EvaluationReport(directory=directory, against=against))


def _read_labels(path: Path) -> tuple[dict[str, Any], list[_Gold]]:
    labels = json.loads(path.read_text(encoding="utf-8"))
    return labels, [_gold(item) for item in labels["mentions"]]


def _score_directory(report: EvaluationReport) -> EvaluationReport:
    directory = report.directory
    for text_path in sorted(directory.glob("*.txt")):
        name = text_path.stem
        label_path = text_path.with_suffix(".json")
        other_path = report.against / label_path.name if report.against is not None else None
        if not label_path.exists():
            report.errors.append(f"{name}: no {label_path.name}")
            continue
        if other_path is not None and not other_path.exists():
            report.errors.append(f"{name}: no {other_path}")
            continue
        try:
            labels, gold = _read_labels(label_path)
            other = _read_labels(other_path)[1] if other_path is not None else None
        except (OSError, ValueError, KeyError, TypeError) as error:
            report.errors.append(f"{name}: unreadable labels: {error}")
            continue
        parsed = parse_article_text(text_path.read_text(encoding="utf-8"), str(text_path))
        if not isinstance(parsed, Article):
            report.errors.append(f"{name}: rejected by the file parser: {parsed.reason}")
            continue
        if labels.get("article_date") and labels["article_date"] != parsed.published_on.isoformat():
            report.errors.append(
                f"{name}: labels say {labels['article_date']}, the parser read {parsed.published_on}"
            )
        report.articles += 1
        body = parsed.body
        sentences = SentenceIndex(body)
        if other is None:
            found = [
                _Found(m.kind, m.text, _key(m), m.status, m.sentence)
                for m in extract_mentions(body, parsed.published_on)
            ]
        else:
            found = _labels_found(body, sentences, other)
        _score_article(report, name, body, sentences, gold, found)
    return report


def _labels_found(body: str, sentences: SentenceIndex, labels: list[_Gold]) -> list[_Found]:
    seen: Counter[str] = Counter()
    found = []
    for item in labels:
        sentence = _sentence_of(body, sentences, item.text, seen[item.text])
        seen[item.text] += 1
        found.append(_Found(item.kind, item.text, item.key, item.status, sentence))
    return found


def _gold(item: dict[str, Any]) -> _Gold:
    kind = item["kind"]
    if kind == "tariff_amount":
        return _Gold(kind, item["text"], amount_key(item["unit"], float(item["value"])), None)
    if kind == "deadline":
        return _Gold(kind, item["text"], str(item["date"]), item.get("status", "scheduled"))
    raise ValueError(f"unknown mention kind {kind!r}")


_DATE_KEY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_UNIT = re.compile(r"percent|[A-Z]{3}")
_STATUSES = frozenset({"scheduled", "postponed", "threatened"})


def lint_labels(directory: Path) -> list[str]:
    """Check every labelled article of ``directory`` against the label format (tests/data/LABELS.md).

    Checks what a scorer relies on: the date line parses and equals ``article_date``; each mention has
    its kind's fields with valid values (a ``YYYY[-MM[-DD]]`` date, a known status, ``percent`` or an
    ISO code, a finite number); each ``text`` occurs in the body; and the mentions are in document
    order, the k-th label of a text being that text's k-th occurrence.

    Args:
        directory: A directory of ``NAME.txt`` articles with their ``NAME.json`` labels.

    Returns:
        One line per problem, ``NAME: what is wrong``; empty when the directory is well-formed.
    """
    problems: list[str] = []
    for text_path in sorted(directory.glob("*.txt")):
        name = text_path.stem
        label_path = text_path.with_suffix(".json")
        if not label_path.exists():
            problems.append(f"{name}: no {label_path.name}")
            continue
        try:
            labels = json.loads(label_path.read_text(encoding="utf-8"))
            mentions = labels["mentions"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            problems.append(f"{name}: unreadable labels: {error}")
            continue
        parsed = parse_article_text(text_path.read_text(encoding="utf-8"), str(text_path))
        if not isinstance(parsed, Article):
            problems.append(f"{name}: rejected by the file parser: {parsed.reason}")
            continue
        if labels.get("article_date") != parsed.published_on.isoformat():
            stated = labels.get("article_date")
            problems.append(f"{name}: article_date {stated!r}, date line {parsed.published_on}")
        body = parsed.body
        seen: Counter[str] = Counter()
        previous = -1
        for index, item in enumerate(mentions):
            where = f"{name}: mention {index + 1}"
            if not isinstance(item, dict):
                problems.append(f"{where}: not an object")
                continue
            problems += [f"{where}: {problem}" for problem in _mention_problems(item)]
            text = item.get("text")
            if not isinstance(text, str) or not text:
                continue
            position = occurrence(body, text, seen[text])
            seen[text] += 1
            if position < 0:
                problems.append(f"{where}: {text!r} occurs only {seen[text] - 1} time(s) in the body")
            elif position < previous:
                problems.append(f"{where}: {text!r} (occurrence {seen[text]}) is out of document order")
            else:
                previous = position
    return problems


def _mention_problems(item: dict[str, Any]) -> list[str]:
    kind = item.get("kind")
    if kind == "tariff_amount":
        problems = []
        value = item.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
            problems.append(f"value {value!r} is not a non-negative number")
        if not isinstance(item.get("unit"), str) or not _UNIT.fullmatch(item["unit"]):
            problems.append(f"unit {item.get('unit')!r} is neither 'percent' nor an ISO 4217 code")
        return problems
    if kind == "deadline":
        problems = []
        if not isinstance(item.get("date"), str) or not _DATE_KEY.fullmatch(item["date"]):
            problems.append(f"date {item.get('date')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if item.get("status", "scheduled") not in _STATUSES:
            problems.append(f"status {item.get('status')!r} is not one of {sorted(_STATUSES)}")
        return problems
    return [f"unknown kind {kind!r}"]


def amount_key(unit: str, value: float) -> str:
    """The value-level key of an amount: its unit and normalised value, as every score compares them."""
    return f"{unit} {format_value(value)}"


def _key(mention: Mention) -> str:
    if mention.kind == "tariff_amount":
        assert mention.unit is not None and mention.value is not None
        return amount_key(mention.unit, mention.value)
    assert mention.date is not None
    return mention.date


def _score_article(
    report: EvaluationReport,
    name: str,
    body: str,
    sentences: SentenceIndex,
    gold: list[_Gold],
    found: list[_Found],
) -> None:
    for kind in KINDS:
        score = report.scores[kind]
        gold_kind = [g for g in gold if g.kind == kind]
        found_kind = [m for m in found if m.kind == kind]
        gold_keys = {g.key for g in gold_kind}
        found_keys = {m.key for m in found_kind}
        score.true_positives += len(gold_keys & found_keys)
        score.false_positives += len(found_keys - gold_keys)
        score.false_negatives += len(gold_keys - found_keys)
        score.gold_mentions += len(gold_kind)
        score.found_mentions += len(found_kind)
        exact = Counter((g.text, g.key, g.status) for g in gold_kind) & Counter(
            (m.text, m.key, m.status) for m in found_kind
        )
        score.exact_mentions += sum(exact.values())
        seen_texts: Counter[str] = Counter()
        for item in gold_kind:
            occurrence = seen_texts[item.text]
            seen_texts[item.text] += 1
            if item.key not in found_keys:
                sentence = _sentence_of(body, sentences, item.text, occurrence)
                report.misses.append(Finding(name, kind, item.key, item.text, sentence))
        for mention in found_kind:
            if mention.key not in gold_keys:
                report.false_hits.append(Finding(name, kind, mention.key, mention.text, mention.sentence))


def occurrence(body: str, text: str, index: int) -> int:
    """Offset of the ``index``-th (0-based) occurrence of a label's ``text`` in ``body``, or -1.

    Labels carry no offsets: the k-th label with a text is that text's k-th occurrence. An occurrence
    is a whole token run: "5 percent" inside "25 percent" and "Oct. 1" inside "Oct. 10" do not count.
    """
    bounded_start = text[:1].isalnum()
    bounded_end = text[-1:].isalnum()
    position = -1
    while index >= 0:
        position = body.find(text, position + 1)
        if position < 0:
            return -1
        if bounded_start and _joined(body, position - 1, position - 2, text[0]):
            continue
        end = position + len(text)
        if bounded_end and _joined(body, end, end + 1, text[-1]):
            continue
        index -= 1
    return position


def _joined(body: str, neighbour: int, beyond: int, edge: str) -> bool:
    """Whether ``body[neighbour]`` continues the token whose edge character is ``edge``.

    A letter or digit does; so does a decimal point or thousands comma between two digits ("25 per cent"
    inside "1.25 per cent", "5%" inside "2.5%").
    """
    if not 0 <= neighbour < len(body):
        return False
    char = body[neighbour]
    if char.isalnum():
        return True
    return char in ".," and edge.isdigit() and 0 <= beyond < len(body) and body[beyond].isdigit()


def _sentence_of(body: str, sentences: SentenceIndex, text: str, index: int) -> str:
    """The sentence of the ``index``-th appearance of ``text`` (labels carry no offsets)."""
    position = occurrence(body, text, index)
    if position < 0:
        return "(text not found in the body)"
    start, end = sentences.span_at(position)
    return body[start:end]


def render_report(report: EvaluationReport) -> str:
    """Format a report as plain text: a score table, then every miss and false hit.

    Args:
        report: What :func:`evaluate_directory` returned.

    Returns:
        Multi-line text, ready to print.
    """
    header = ("kind", "gold", "found", "TP", "FP", "FN", "precision", "recall", "F1")
    row = "  {:<14} {:>5} {:>5} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}"
    if report.against is None:
        title = f"Extraction evaluation: {report.articles} articles in {report.directory}"
        sections = (("Misses", report.misses), ("False hits", report.false_hits))
    else:
        # The second labelling stands where the extractor would: "found" is what it labels.
        title = (
            f"Label agreement: the labels in {report.against} scored against those of "
            f"{report.articles} articles in {report.directory}"
        )
        sections = (
            (f"Only in {report.directory}", report.misses),
            (f"Only in {report.against}", report.false_hits),
        )
    lines = [
        title,
        "",
        "Values (each article's set of normalised values):",
        row.format(*header),
    ]
    for kind in KINDS:
        s = report.scores[kind]
        gold = s.true_positives + s.false_negatives
        found = s.true_positives + s.false_positives
        lines.append(
            row.format(
                kind, gold, found, s.true_positives, s.false_positives, s.false_negatives,
                f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
            )
        )  # fmt: skip
    lines += ["", "Mentions (occurrences; exact = same text, value and status):"]
    lines.append(f"  {'kind':<14} {'gold':>5} {'found':>5} {'exact':>5}")
    for kind in KINDS:
        s = report.scores[kind]
        lines.append(f"  {kind:<14} {s.gold_mentions:>5} {s.found_mentions:>5} {s.exact_mentions:>5}")
    for heading, findings in sections:
        lines += ["", f"{heading} ({len(findings)}):"]
        lines += [
            f"  {f.article} [{f.kind}] {f.key} {f.text!r}\n      in: {_one_line(f.sentence)}"
            for f in findings
        ]
    if report.errors:
        lines += ["", f"Errors ({len(report.errors)}):"] + [f"  {error}" for error in report.errors]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
