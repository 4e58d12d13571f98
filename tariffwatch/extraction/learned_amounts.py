"""Features and scoring of a learned tariff-amount classifier over the amount finder's candidates.

The amount finder's hand rules (:mod:`~tariffwatch.extraction.amounts`) reach high F1 on the sets they were
tuned on and less on unseen ones, mostly through recall. This classifier re-decides every money or percent
candidate in the sentences the rules examine (``amounts._examined``: tariff words, a measure's verb or a
sentence on topic among the three before …) from sparse string features: the grammar around the number
(positional words to its left and right, the governing preposition, the noun it attaches to), the nearest
tariff noun, the sentence's cue words (deficit, exports, revenue, pledge, GDP …), its unit and magnitude.
A candidate the rules accept stays unless the model is sure it is not a tariff amount; any other is taken
when the model is sure it is one. The numbers of sentences the rules never examine (market moves, the
economy) are not decided: scoring them took ~120 us of ~650 per article for .001 of F1 leaving one set out
(.988 vs .987). Scoring is a logistic-regression weight dict in pure Python (no numpy on the extraction
path), like :mod:`~tariffwatch.extraction.learned` for deadlines. Training lives in
:mod:`~tariffwatch.extraction.amount_training`.

It is the default decider; ``TARIFFWATCH_AMOUNT_DECIDER=rules`` leaves the decision to the hand rules.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tariffwatch.extraction.amounts import (
    _Candidate,
    _candidates,
    _deposits,
    _examined,
    _HomeDollar,
    rule_amounts,
)
from tariffwatch.extraction.context import ContextCache, SentenceContext
from tariffwatch.extraction.cues import _Trie, _trie_regex
from tariffwatch.extraction.learned import score  # one logistic scoring for both deciders
from tariffwatch.extraction.lexicon import MONEY_CUES, PERCENT_CUES
from tariffwatch.models import Mention

_TOKEN_RE = re.compile(r"[a-z]+|[0-9]+(?:[.,][0-9]+)*|[^\sa-z0-9]")
#: Characters of sentence read on each side of a candidate. Session 10: 48 instead of 80, and no trigrams or
#: third and fourth positional words, scored .987 against .986 leaving one set out, for less work per number.
_REACH = 48
_WINDOW = 6  # tokens of the bag-of-words windows
_POSITIONS = 2  # tokens with their position
#: Words that govern a number from its left ("tariffs on $200 billion", "a levy of 25%", "raised to").
_PREPOSITIONS = frozenset(
    {"on", "of", "worth", "at", "to", "from", "by", "in", "for", "with", "about", "than", "between", "and",
     "or", "including", "another", "further", "extra", "additional", "up", "as", "over",
     "under", "around", "nearly", "some", "roughly", "almost", "only", "just", "least", "most"}
)  # fmt: skip
#: Filler skipped when reading the noun after a number ("$34 billion *worth of* Chinese goods").
_LINKING = frozenset(
    {"of", "in", "worth", "the", "a", "an", "on", "to", "for", "from", "-", "'", "s", "more"}
)
#: Tariff nouns and verbs (stems); the nearest one to the number, and on which side, is a feature.
_TARIFF_STEMS = (
    "tariff", "dut", "levy", "levies", "surcharge", "retaliat", "countermeasure", "countervail", "dumping",
    "safeguard", "rate", "tax", "impose", "sanction",
)  # fmt: skip
#: Sentence cue words by category: each category present is a feature, another when it is near the number.
_CUES = {
    "deficit": ("deficit", "surplus", "imbalance"),
    "trade": ("exports", "imports", "exported", "imported", "shipments", "trade with", "bilateral trade"),
    "revenue": ("revenue", "collected", "receipts", "raised", "brought in", "customs duties paid"),
    "purchase": ("purchase", "buy", "bought", "procure"),
    "pledge": ("pledge", "commit", "promise", "invest"),
    "market": ("shares", "stock", "index", "dow", "s&p", "nasdaq", "yield", "bond", "currency", "yuan fell",
               "market value", "valuation"),
    "economy": ("gdp", "growth", "inflation", "unemployment", "interest rate", "economy", "recession",
                "consumer prices", "output", "central bank", "benchmark", "repo", "cash rate", "policy rate",
                "payrolls", "cpi", "capacity", "market share", "share of"),
    "poll": ("poll", "survey", "respondents", "percent of americans", "voters"),
    "company": ("profit", "earnings", "sales", "margin", "cost", "price", "quarter"),
    "aid": ("aid", "subsid", "bailout", "relief", "farmers"),
    "fee": ("fee", "fine", "penalt", "surcharge on freight", "port"),
    "threshold": ("de minimis", "or less", "under $", "below $", "threshold", "exemption"),
    "authorise": ("authori", "wto", "arbitrat", "retaliat", "countermeasure", "notified"),
    "cover": ("worth of", "goods", "products", "imports from", "list", "covering", "covers", "subject to"),
    "change": ("raise", "increase", "hike", "lift", "cut", "lower", "reduce", "double", "from"),
    "threat": ("threat", "could", "would", "warn", "plan", "propos"),
    "points": ("percentage point",),
    "average": ("average", "effective rate", "weighted"),
}  # fmt: skip
_CUE_CATEGORY = {word: name for name, words in _CUES.items() for word in words}


def _cue_trie() -> str:
    trie: _Trie = {}
    for word in _CUE_CATEGORY:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


#: The cue words as a trie (``ex(?:port(?:ed|s))``): at each position the longest cue word that matches, as
#: the plain alternation longest-first would find, but following one branch per character instead of
#: trying every word at every position (which cost ~20 us per sentence).
_CUE_RE = re.compile(_cue_trie())
_NEAR = 50
_BULLETS = "-*•▶►▪–—"


@dataclass(slots=True)
class AmountView:
    """One amount candidate with its sentence, what the rules made of it and the rules' mention of it."""

    candidate: _Candidate
    context: SentenceContext
    #: Whether the rules examined the candidate's sentence (see amounts._examined); only such candidates are
    #: decided, the others only train the model.
    examined: bool
    accepted: bool
    #: The rules' sub-decisions, ``"<first cue>|<final>"`` (``"unexamined"`` when they never looked).
    trace: str
    mention: Mention | None
    #: The candidate before it in the same sentence, if any.
    previous: _Candidate | None


def candidate_views(body: str, contexts: ContextCache) -> list[AmountView]:
    """Every money or percent candidate of ``body`` with the rules' decision (a fresh ``contexts``).

    Runs the rules (:func:`~tariffwatch.extraction.amounts.rule_amounts`) on ``contexts``, as
    :func:`~tariffwatch.extraction.amounts.find_amounts` does. The candidates of the sentences the rules
    never examine are here too, marked: the model is trained on them (as negatives, mostly: leaving one set
    out, training without them scored .986 F1 against .987), though it decides only the others.
    """
    trace: dict[int, str] = {}
    mentions = rule_amounts(body, contexts, trace)
    accepted = {m.start: m for m in mentions}
    dollar = _HomeDollar(body)
    tariff_article = contexts.any_tariff_sentence()
    deposits = _deposits(contexts.lower)
    views: list[AmountView] = []
    for number, numbers in contexts.numbers_by_sentence():
        examined = _examined(contexts, number, tariff_article, deposits)
        _add_views(views, contexts, _candidates(body, numbers, dollar), examined, accepted, trace)
    return views


def _add_views(
    views: list[AmountView],
    contexts: ContextCache,
    candidates: list[_Candidate],
    examined: bool,
    accepted: dict[int, Mention],
    trace: dict[int, str],
) -> None:
    """Append the views of one sentence's ``candidates``."""
    previous: _Candidate | None = None
    for candidate in candidates:
        context = contexts.at(candidate.start)
        if context.end < candidate.end:
            continue
        mention = accepted.get(candidate.start)
        views.append(
            AmountView(
                candidate,
                context,
                examined,
                mention is not None,
                trace.get(candidate.start, "none") if examined else "unexamined",
                mention,
                previous,
            )
        )
        previous = candidate


#: The shipped model, written by ``python -m tariffwatch.extraction.amount_training --model``. Found through
#: the package, not ``__file__``: the compiled build of this module lives elsewhere.
MODEL_PATH = Path(str(resources.files("tariffwatch.extraction"))) / "amount_model.json"
_model: tuple[dict[str, float], float, float, bool] | None = None


def load_model() -> tuple[dict[str, float], float, float, bool]:
    """The shipped weights, the two thresholds ``(hi, lo)`` and whether the rules' decisions are features.

    A candidate is accepted when the model's probability is at least ``hi``, or when the rules accept it
    and the probability is above ``lo`` (``lo`` above 1: the rules' decision is not used that way).
    """
    global _model
    if _model is None:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        _model = (
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["hi"]),
            float(data["lo"]),
            data["variant"] == "B",
        )
    return _model


def accepts(view: AmountView) -> bool:
    """Whether the shipped decider accepts one candidate (never one in a sentence the rules skip)."""
    if not view.examined:
        return False
    weights, hi, lo, rule_features = load_model()
    p = score(features(view, rule_features), weights)
    return p >= hi or (view.accepted and p > lo)


def decide(body: str, contexts: ContextCache) -> list[Mention]:
    """The amounts the learned decider accepts among the rules' candidates (the hook of ``find_amounts``).

    A candidate the rules accepted keeps the rules' mention. The sentences marked as naming an amount (read
    by the deadline finder) become those of the accepted mentions.
    """
    # The rules decide first: the candidates they examine are the ones re-decided, with their decisions.
    trace: dict[int, str] = {}
    rule_sentences: list[list[_Candidate]] = []
    rule_mentions = rule_amounts(body, contexts, trace, rule_sentences)
    accepted = {m.start: m for m in rule_mentions}
    views: list[AmountView] = []
    for candidates in rule_sentences:
        _add_views(views, contexts, candidates, True, accepted, trace)
    found: list[Mention] = []
    weights, hi, lo, rule_features = load_model()
    scorer = None if rule_features else _scorer(weights)
    sentences: dict[tuple[int, int], _Sentence] = {}
    for view in views:
        p = score(features(view, True), weights) if scorer is None else scorer.probability(view, sentences)
        if not (p >= hi or (view.accepted and p > lo)):
            continue
        if view.mention is not None:
            found.append(view.mention)
            continue
        candidate = view.candidate
        found.append(
            Mention(
                kind="tariff_amount",
                text=body[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                sentence=view.context.text,
                value=candidate.value,
                unit=candidate.unit,
            )
        )
    contexts.amount_sentences.clear()
    for mention in found:
        contexts.at(mention.start).mark_amount()
    return found


def _magnitude(candidate: _Candidate) -> str:
    value = candidate.value
    if candidate.is_percent:
        for bound in (1.0, 5.0, 10.0, 25.0, 50.0, 100.0):
            if value <= bound:
                return f"pct<={bound:g}"
        return "pct>100"
    for bound, name in ((1e6, "<1m"), (1e8, "<100m"), (1e9, "<1bn"), (1e10, "<10bn"), (1e11, "<100bn"),
                        (1e12, "<1tn")):  # fmt: skip
        if value < bound:
            return "money" + name
    return "money>=1tn"


def _number_token(token: str) -> str:
    return "#" if token[0].isdigit() else token


def features(view: AmountView, rule_features: bool) -> list[str]:
    """Sparse string features of one amount candidate (each present feature has value 1).

    Args:
        view: The candidate, its sentence and the rules' view of it.
        rule_features: Whether to add the rules' decision and sub-decisions.
    """
    candidate = view.candidate
    context = view.context
    lower = context.lower
    start = context.local(candidate.start)
    end = context.local(candidate.end)
    kind = "pct" if candidate.is_percent else "money"
    out = ["bias", "kind=" + kind, "mag=" + _magnitude(candidate)]
    if not candidate.is_percent:
        out.append("unit=" + candidate.unit)
    form = lower[start:end]
    if candidate.is_percent:
        out.append("form=" + ("%" if "%" in form else "word" if "cent" in form else "bare"))
        if "point" in lower[end : end + 8]:
            out.append("points")
    left = [_number_token(t) for t in _TOKEN_RE.findall(lower[max(0, start - _REACH) : start])]
    right = [_number_token(t) for t in _TOKEN_RE.findall(lower[end : end + _REACH])]
    for n in (1, 2):
        out.append(f"L{n}={kind}|" + (" ".join(left[-n:]) if len(left) >= n else "^"))
        out.append(f"R{n}={kind}|" + (" ".join(right[:n]) if len(right) >= n else "$"))
    for index in range(_POSITIONS):
        if index < len(left):
            out.append(f"l{index + 1}=" + left[-1 - index])
        if index < len(right):
            out.append(f"r{index + 1}=" + right[index])
    # dict.fromkeys, not set: a set's order changes with the hash seed, and so would the float sum in score().
    out.extend("wl=" + token for token in dict.fromkeys(left[-_WINDOW:]))
    out.extend("wr=" + token for token in dict.fromkeys(right[:_WINDOW]))
    out.append(f"gov={kind}|{_governor(left)}")
    linked, noun = _attached_noun(right)
    out.append(f"noun={kind}|{noun}")
    out.append(f"link_noun={linked}|{noun}")
    # The nearest tariff word on each side, by tokens.
    for side, tokens in (("left", list(reversed(left))), ("right", right)):
        distance = -1
        for index, token in enumerate(tokens):
            if token.startswith(_TARIFF_STEMS):
                distance = index
                break
        if distance < 0:
            out.append(f"tariff_{side}=none")
        else:
            bucket = "0-1" if distance <= 1 else "2-4" if distance <= 4 else "5-9" if distance <= 9 else "10+"
            out.append(f"tariff_{side}={bucket}")
            out.append(f"tariff_{side}_word={tokens[distance]}")
    cues: dict[str, bool] = {}  # category -> near the number; insertion order keeps sums stable
    for cue in _CUE_RE.finditer(lower):
        name = _CUE_CATEGORY[cue.group()]
        near = cue.end() > start - _NEAR and cue.start() < end + _NEAR
        cues[name] = cues.get(name, False) or near
    for name, near in cues.items():
        out.append("s:" + name)
        if near:
            out.append(f"near:{name}|{kind}")
    # The rules' own cue lexicon: the category of the nearest cue on the left, within the clause.
    nearest = context.left_cue(PERCENT_CUES if candidate.is_percent else MONEY_CUES, start, end)
    out.append(f"lcue={kind}|" + (nearest[1] if nearest is not None else "none"))
    if nearest is not None:
        out.append(f"lcue_word={kind}|" + nearest[0].group())
    # A conversion or aside in parentheses ("US$200 billion (S$271 billion)").
    if lower.rfind("(", 0, start) > lower.rfind(")", 0, start):
        out.append("in_parens")
    previous = view.previous
    if previous is not None:
        gap = [_number_token(t) for t in _TOKEN_RE.findall(lower[context.local(previous.end) : start])]
        same = previous.is_percent == candidate.is_percent
        out.append(f"prev_same={same}")
        if len(gap) <= 3:
            out.append("prev_gap=" + " ".join(gap))
        if "(" in gap:
            out.append("after_paren_amount")
    else:
        out.append("first_in_sentence")
    out.extend(_sentence_flags(view))
    if rule_features:
        out.append(f"rule={view.accepted}")
        out.append(f"rule|kind={view.accepted}|{kind}")
        out.append("trace=" + view.trace)
    return out


def _governor(left: list[str]) -> str:
    """The governing word: the nearest preposition or quantifier among the three words before the number."""
    for token in reversed(left[-3:]):
        if token in _PREPOSITIONS:
            return token
    return "none"


def _attached_noun(right: list[str]) -> tuple[str, str]:
    """(the first linking word, the noun the number attaches to): the first word after it that is not a
    linking word ("$34 billion *worth of* Chinese goods"), ``"$"`` if none among the five after it."""
    linked = ""
    for token in right[:5]:
        if token in _LINKING:
            if not linked:
                linked = token
            continue
        return linked, token
    return linked, "$"


def _sentence_flags(view: AmountView) -> list[str]:
    """The features of the candidate's whole sentence: the last of :func:`features`, before the rules'."""
    context = view.context
    lower = context.lower
    names: list[str] = []
    if context.has_tariff_terms:
        names.append("s:tariff")
    if not view.examined:
        names.append("unexamined")
    if context.number == 0:
        names.append("first_sentence")
    first = lower.lstrip()[:1]
    if first and first in _BULLETS:
        names.append("bullet")
    if "|" in lower:
        names.append("table")
    if len(lower) <= 40:
        names.append("short_sentence")
    return names


_MAGNITUDES_PCT = ((1.0, "pct<=1"), (5.0, "pct<=5"), (10.0, "pct<=10"), (25.0, "pct<=25"), (50.0, "pct<=50"),
                   (100.0, "pct<=100"))  # fmt: skip
_KINDS = ("money", "pct")
#: Template prefixes of the weight keys read through per-template tables (see _Scorer).
_KIND_TEMPLATES = ("L1", "L2", "R1", "R2", "gov", "noun", "lcue", "lcue_word")
_PREFIXES = (
    *(f"{t}={kind}|" for kind in _KINDS for t in _KIND_TEMPLATES),
    "l1=", "l2=", "r1=", "r2=", "wl=", "wr=", "link_noun=", "tariff_left=",
    "tariff_left_word=", "tariff_right=", "tariff_right_word=", "s:", "near:", "prev_gap=", "prev_same=",
    "form=", "mag=", "unit=", "kind=",
)  # fmt: skip


def _tokens(text: str) -> list[str]:
    return [_number_token(t) for t in _TOKEN_RE.findall(text)]


class _Sentence:
    """What every candidate of one sentence shares: its cue categories and sentence-level features."""

    __slots__ = ("cues", "tail")

    def __init__(self, view: AmountView, weights: dict[str, float]) -> None:
        lower = view.context.lower
        # Cue categories in order of first appearance, each with its spans.
        cues: dict[str, list[tuple[int, int]]] = {}
        for cue in _CUE_RE.finditer(lower):
            name = _CUE_CATEGORY[cue.group()]
            spans = cues.get(name)
            if spans is None:
                spans = cues[name] = []
            spans.append((cue.start(), cue.end()))
        self.cues = cues
        # The weights of the sentence-level features at the end of features(), in their order.
        tail: list[float] = []
        for name in _sentence_flags(view):
            weight = weights.get(name)
            if weight is not None:
                tail.append(weight)
        self.tail = tail


class _KindTables:
    """The weight tables of the templates that carry the candidate's kind (``L1=pct|`` …), for one kind."""

    __slots__ = ("cue", "cue_word", "governor", "left_grams", "near", "noun", "right_grams")

    def __init__(self, tables: dict[str, dict[str, float]], kind: str) -> None:
        suffix = "=" + kind + "|"
        self.left_grams = (tables["L1" + suffix], tables["L2" + suffix])
        self.right_grams = (tables["R1" + suffix], tables["R2" + suffix])
        self.governor = tables["gov" + suffix]
        self.noun = tables["noun" + suffix]
        self.cue = tables["lcue" + suffix]
        self.cue_word = tables["lcue_word" + suffix]
        # "near:<category>|<kind>" by category.
        ending = "|" + kind
        self.near = {
            key[: -len(ending)]: weight for key, weight in tables["near:"].items() if key.endswith(ending)
        }


class _Scorer:
    """The shipped model's score of a candidate, without building its feature strings (variant A).

    Adds the same weights in the same order as ``score(features(view, False), weights)``, so the
    probability is the same float; each token is looked up in its template's table (no feature string is
    built), and the sentence's cues are read once for all its candidates.
    """

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        tables: dict[str, dict[str, float]] = {prefix: {} for prefix in _PREFIXES}
        for key, weight in weights.items():
            for prefix in _PREFIXES:
                if key.startswith(prefix):
                    tables[prefix][key[len(prefix) :]] = weight
        self.tables = tables
        self.money = _KindTables(tables, "money")
        self.percent = _KindTables(tables, "pct")
        self.left_positions = [tables[prefix] for prefix in _LEFT_POSITIONS]
        self.right_positions = [tables[prefix] for prefix in _RIGHT_POSITIONS]
        self.tariff_left = tables["tariff_left="]
        self.tariff_left_word = tables["tariff_left_word="]
        self.tariff_right = tables["tariff_right="]
        self.tariff_right_word = tables["tariff_right_word="]

    def probability(self, view: AmountView, sentences: dict[tuple[int, int], _Sentence]) -> float:
        """The model's probability for ``view`` (see :func:`score`).

        ``sentences`` caches what the candidates of one sentence share: one dict per article.
        """
        context = view.context
        span = (context.start, context.end)
        sentence = sentences.get(span)
        if sentence is None:
            sentence = sentences[span] = _Sentence(view, self.weights)
        return self._probability(view, sentence)

    def _probability(self, view: AmountView, sentence: _Sentence) -> float:
        tables = self.tables
        weights = self.weights
        candidate = view.candidate
        context = view.context
        lower = context.lower
        start = context.local(candidate.start)
        end = context.local(candidate.end)
        percent = candidate.is_percent
        kind = "pct" if percent else "money"
        by_kind = self.percent if percent else self.money
        total = 0.0
        weight: float | None = weights.get("bias")
        if weight is not None:
            total += weight
        weight = tables["kind="].get(kind)
        if weight is not None:
            total += weight
        weight = tables["mag="].get(_magnitude_fast(candidate))
        if weight is not None:
            total += weight
        if not percent:
            weight = tables["unit="].get(candidate.unit)
            if weight is not None:
                total += weight
        else:
            form = lower[start:end]
            weight = tables["form="].get("%" if "%" in form else "word" if "cent" in form else "bare")
            if weight is not None:
                total += weight
            if lower.find("point", end, end + 8) >= 0:
                weight = weights.get("points")
                if weight is not None:
                    total += weight
        left = _tokens(lower[max(0, start - _REACH) : start])
        right = _tokens(lower[end : end + _REACH])
        n_left = len(left)
        n_right = len(right)
        left_grams = by_kind.left_grams
        right_grams = by_kind.right_grams
        # n = 1, 2: a one-token join is the token itself.
        weight = left_grams[0].get(left[-1] if n_left else "^")
        if weight is not None:
            total += weight
        weight = right_grams[0].get(right[0] if n_right else "$")
        if weight is not None:
            total += weight
        weight = left_grams[1].get(" ".join(left[-2:]) if n_left >= 2 else "^")
        if weight is not None:
            total += weight
        weight = right_grams[1].get(" ".join(right[:2]) if n_right >= 2 else "$")
        if weight is not None:
            total += weight
        left_positions = self.left_positions
        right_positions = self.right_positions
        for index in range(_POSITIONS):
            if index < n_left:
                weight = left_positions[index].get(left[-1 - index])
                if weight is not None:
                    total += weight
            if index < n_right:
                weight = right_positions[index].get(right[index])
                if weight is not None:
                    total += weight
        table = tables["wl="]
        for token in dict.fromkeys(left[-_WINDOW:]):
            weight = table.get(token)
            if weight is not None:
                total += weight
        table = tables["wr="]
        for token in dict.fromkeys(right[:_WINDOW]):
            weight = table.get(token)
            if weight is not None:
                total += weight
        weight = by_kind.governor.get(_governor(left))
        if weight is not None:
            total += weight
        linked, noun = _attached_noun(right)
        weight = by_kind.noun.get(noun)
        if weight is not None:
            total += weight
        weight = tables["link_noun="].get(linked + "|" + noun)
        if weight is not None:
            total += weight
        total = _add_tariff_side(total, left, True, self.tariff_left, self.tariff_left_word)
        total = _add_tariff_side(total, right, False, self.tariff_right, self.tariff_right_word)
        cue_table = tables["s:"]
        near_table = by_kind.near
        low = start - _NEAR
        high = end + _NEAR
        for name, spans in sentence.cues.items():
            weight = cue_table.get(name)
            if weight is not None:
                total += weight
            for cue_start, cue_end in spans:
                if cue_end > low and cue_start < high:
                    weight = near_table.get(name)
                    if weight is not None:
                        total += weight
                    break
        nearest = context.left_cue(PERCENT_CUES if percent else MONEY_CUES, start, end)
        weight = by_kind.cue.get(nearest[1] if nearest is not None else "none")
        if weight is not None:
            total += weight
        if nearest is not None:
            weight = by_kind.cue_word.get(nearest[0].group())
            if weight is not None:
                total += weight
        if lower.rfind("(", 0, start) > lower.rfind(")", 0, start):
            weight = weights.get("in_parens")
            if weight is not None:
                total += weight
        previous = view.previous
        if previous is not None:
            gap = _tokens(lower[context.local(previous.end) : start])
            weight = tables["prev_same="].get("True" if previous.is_percent == percent else "False")
            if weight is not None:
                total += weight
            if len(gap) <= 3:
                weight = tables["prev_gap="].get(" ".join(gap))
                if weight is not None:
                    total += weight
            if "(" in gap:
                weight = weights.get("after_paren_amount")
                if weight is not None:
                    total += weight
        else:
            weight = weights.get("first_in_sentence")
            if weight is not None:
                total += weight
        for weight in sentence.tail:
            total += weight
        if total < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))


def _add_tariff_side(
    total: float, tokens: list[str], reverse: bool, buckets: dict[str, float], words: dict[str, float]
) -> float:
    """``total`` plus the weights of the nearest tariff word on one side (``reverse``: the left side)."""
    count = len(tokens)
    for index in range(count):
        token = tokens[count - 1 - index] if reverse else tokens[index]
        if token.startswith(_TARIFF_STEMS):
            bucket = "0-1" if index <= 1 else "2-4" if index <= 4 else "5-9" if index <= 9 else "10+"
            weight = buckets.get(bucket)
            if weight is not None:
                total += weight
            weight = words.get(token)
            if weight is not None:
                total += weight
            return total
    weight = buckets.get("none")
    if weight is not None:
        total += weight
    return total


_scorers: list[_Scorer] = []


def _scorer(weights: dict[str, float]) -> _Scorer:
    """The scorer of the shipped weights (built once: its tables index ~26,000 weights)."""
    if not _scorers or _scorers[0].weights is not weights:
        _scorers[:] = [_Scorer(weights)]
    return _scorers[0]


_LEFT_POSITIONS = ("l1=", "l2=")
_RIGHT_POSITIONS = ("r1=", "r2=")


def _magnitude_fast(candidate: _Candidate) -> str:
    value = candidate.value
    if candidate.is_percent:
        for bound, name in _MAGNITUDES_PCT:
            if value <= bound:
                return name
        return "pct>100"
    return _magnitude(candidate)
