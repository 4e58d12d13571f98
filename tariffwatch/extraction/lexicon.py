"""Vocabulary of the extractor: currencies, calendar words and the cue words that decide a candidate.

Every pattern here is compiled once at import. Cue patterns run on the *lower-cased* sentence, so they
are written in lower case and need no IGNORECASE flag (which would disable the regex engine's
first-character prefilter and make scans several times slower).

The cue groups describe grammar, not phrases from any test article: the noun an amount attaches to
("in tariffs" versus "in purchases"), the verb governing it ("hit ... with tariffs" versus "bought"),
and, for dates, whether the governing word is a tariff action, an event (meeting, visit, summit), or a
past-tense report.
"""

from __future__ import annotations

import re

from tariffwatch.extraction.cues import CueSet


def first_letter_alternation(fragments: list[str]) -> str:
    """The alternation ``"|".join(fragments)`` with one branch per first letter: "a(?:dditional|uto)|b(?:y)".

    The engine tries a plain alternation's branches one by one at every position it reaches; here a position
    costs one test per first letter instead of one per fragment. It matches the same text, backtracking
    included: fragments with different first letters never compete at one position, and within a letter
    the order is kept. A fragment is a regex whose first character is a plain letter or digit (the rest may
    be any regex: "plans?", "threat\\w*"); a fragment opening otherwise (a quote) stays a branch of its own,
    in place, and must not be able to match a letter or digit.
    """
    groups: dict[str, list[str]] = {}
    branches: list[str] = []  # a letter (its group) or a fragment of its own, in order of first appearance
    for fragment in fragments:
        first = fragment[:1]
        # A quantified first letter ("s?hare") cannot be split from what quantifies it.
        if not first.isalnum() or not first.isascii() or fragment[1:2] in ("?", "*", "+", "{"):
            branches.append(fragment)
            continue
        if first not in groups:
            groups[first] = []
            branches.append(first)
        groups[first].append(fragment[1:])
    return "|".join(
        branch
        if branch not in groups
        else branch + groups[branch][0]
        if len(groups[branch]) == 1
        else branch + "(?:" + "|".join(groups[branch]) + ")"
        for branch in branches
    )


class KeyedPattern:
    """A pattern searched in windows, every match of which holds one of a few plain substrings (its keys).

    :meth:`search` tests the keys first: a few ``in`` tests on the window cost a fraction of what the engine
    spends trying every position of it, and most windows hold none of the keys. The keys are read off the
    pattern: each of its alternatives consumes one of them, so a window without a key holds no match.
    """

    def __init__(self, pattern: re.Pattern[str], keys: tuple[str, ...]) -> None:
        """Wrap ``pattern``.

        Args:
            pattern: The compiled pattern.
            keys: Substrings one of which every match of ``pattern`` contains.
        """
        self.pattern = pattern
        self.keys = keys

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, skipped when ``text[pos:endpos]`` holds no key."""
        if 0 <= pos <= endpos:
            window = text[pos:endpos]
            found = False
            for key in self.keys:
                if key in window:
                    found = True
                    break
            if not found:
                return None
        return self.pattern.search(text, pos, endpos)


# --- currencies ------------------------------------------------------------------------------------

#: Symbol prefixes, longest first so ``US$`` wins over ``$``. Bare ``$`` is US dollars (the label rule
#: for US/China trade copy).
CURRENCY_PREFIXES: dict[str, str] = {
    "U.S.$": "USD",
    "US$": "USD",
    "USD": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "Can$": "CAD",
    "S$": "SGD",
    "SGD": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "MX$": "MXN",
    "$": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "Rs": "INR",
    "Rs.": "INR",
    "₹": "INR",
    "₩": "KRW",
    "R": "ZAR",
}

# The prefix is looked for in the few characters before a number; letter codes need a space or nothing.
CURRENCY_PREFIX_RE = re.compile(
    r"(?<![A-Za-z])(?P<code>U\.S\.\$|US\$|C\$|CA\$|Can\$|S\$|A\$|AU\$|HK\$|NZ\$|NT\$|R\$|Mex\$|MX\$|\$|€"
    r"|£|¥|₹|₩"
    # "R5bn": the rand, written against the number (and only with a scale: see amounts._candidates).
    r"|USD|CAD|SGD|AUD|HKD|EUR|GBP|JPY|CNY|RMB|Rs\.?|R(?=\Z))[ \u00a0]?\Z"
)

#: Currency words after a number ("7.5 billion dollars", "50 billion yuan"); the adjective picks the dollar.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "peso": "MXN",
    "pesos": "MXN",
    "rupee": "INR",
    "rupees": "INR",
    "won": "KRW",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "franc": "CHF",
    "francs": "CHF",
    "reais": "BRL",
    "rand": "ZAR",
    "ringgit": "MYR",
    "baht": "THB",
}
DOLLAR_ADJECTIVES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "mexican": "MXN",
}

#: Multipliers for scale words, as exact integers (values are built with Decimal, never float noise).
SCALES: dict[str, int] = {
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "trln": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "b": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
    # Indian numbering: a lakh is 10^5, a crore 10^7, a "lakh crore" 10^12.
    "lakh crore": 10**12,
    "crore": 10**7,
    "lakh": 10**5,
    # Quoted social-media posts: "325 Billions Dollars".
    "trillions": 10**12,
    "billions": 10**9,
    "millions": 10**6,
}

# What may follow a number: a scale, then a currency word; or a percent unit. Matched at the number's end.
AMOUNT_SUFFIX_RE = re.compile(
    # Canadian house style hyphenates the scale: "$3.6-billion".
    r"(?:(?:[ \u00a0-](?P<scale_word>trillion|billion|million|thousand|Trillion|Billion|Million|Thousand"
    r"|lakh crore|crore|lakh|Crore|Lakh|Trillions|Billions|Millions"
    # Wire-house abbreviations set apart by a space (Reuters: "$60 bln", "$1.2 trln", "$300 mln").
    r"|bln|mln|trln|bn|mn)"
    r"|(?P<scale_abbr>tn|trn|bn|bln|mn"
    r"|mln|m|b|k))"
    r"(?![A-Za-z]))?"
    r"(?:(?P<percent>[ \u00a0]?%|[ \u00a0-]?(?:percent|per[ \u00a0-]cent|pct|pc|Percent|Per[ \u00a0]Cent"
    r"|PERCENT)"
    r"(?![A-Za-z])"
    r"|[ \u00a0](?:percentage|per[ \u00a0]cent(?:age)?)[ \u00a0]points?(?![A-Za-z]))"
    r"|[ \u00a0](?:(?P<dollar_adj>US|U\.S\.|American|Canadian|Australian|Singapore|Hong Kong|New Zealand"
    r"|Taiwan"
    r"|Mexican)[ \u00a0])?(?P<currency_word>dollars?|Dollars?|euros?|Euros?|yuan|renminbi|yen|pesos?|rupees?"
    r"|won"
    r"|pounds sterling"
    r"|sterling|francs?|reais|rand|ringgit|baht)(?![A-Za-z]))?"
)

#: A bare number that opens a percent range: "10 to 25 percent", "10-25%", "between 10 and 25 percent".
RANGE_LOWER_END_RE = re.compile(
    r"[ \u00a0]?(?:-|–|to|and)[ \u00a0]?[0-9]+(?:\.[0-9]+)?[ \u00a0]?(?:%|percent|per cent|pct)"
)


#: Text between two amounts that makes the second a conversion of the first: "US$200 billion (S$271 billion)".
CONVERSION_GAP_RE = re.compile(
    r"\A[ \u00a0]*(?:\([ \u00a0]*|,[ \u00a0]*or[ \u00a0]+|[ \u00a0]+or[ \u00a0]+|,[ \u00a0]*(?=about"
    r"|around|roughly))"
    r"(?:about|around|roughly|approximately|nearly|almost|some|or|equivalent to|~)?[ \u00a0]*\Z"
)

# --- the sentence gate -----------------------------------------------------------------------------

#: Vocabularies looked up by plain substring search on the lower-cased body (``str.find`` runs in C and
#: is far cheaper than a regex scan); each yields the positions where a sentence or window uses it.
VOCABULARY: dict[str, tuple[str, ...]] = {
    # Tariff vocabulary. An amount in a sentence without any of this is normally not a tariff amount.
    "tariff": (
        "tariff", "duty", "duties", "levy", "levies", "levied", "levying", "import tax", "border tax",
        "anti-subsid",
        "taxes on imports", "tax on imports", "taxes on foreign", "taxes on chinese", "countervailing",
        # "a tax on foreign steel of 25 percent", "taxes on imported cars": a tax put on goods from abroad.
        "tax on foreign", "tax on imported", "taxes on imported",
        "anti-dumping", "antidumping", "retaliat", "countermeasure", "counter-measure", "section 232",
        "section 301", "surcharge", "surtax", "safeguard", "rebalancing",
    ),
    # Words that make a sentence about a tariff schedule even without a tariff noun.
    # A tariff-rate quota ("will see its quota system start next month") is a tariff measure too.
    # "the effective date has been pushed back", "pushes back the start date": a measure's own dates.
    "deadline": (
        "deadline", "truce", "ceasefire", "pause on", "reprieve", "quota", "effective date", "start date",
    ),
    # Verbs that only make sense for a measure starting or ending: they let a sentence borrow the tariff
    # context of the sentence before it ("The increase takes effect on March 1.").
    "strong_deadline": (
        "take effect", "takes effect", "taking effect", "into effect", "into force", "kick in", "kicks in",
        "expire", "deadline", "be imposed", "be raised", "be increased", "be hiked", "be hit", "be levied",
        "be collected", "be applied", "snap back", "took effect", "kicked in", "apply from", "applies from",
        "will apply", "effective", "follow by", "follow on", "follow in", "follow from", "follows on",
        "follows in", "follows by", "to follow",
        # "to have the first stage in force by 20 June": a measure due to be in force by a date.
        "in force by", "in force from", "in force on",
    ),
    "threat": ("threat", "warn", "ultimatum", "vow"),
    # A postponement ("extend" needs a deadline-like object, see EXTENSION_RE).
    "postpone": (
        "postpon", "delay", "pushed back", "push back", "pushes back", "pushing back", "put off", "puts off",
        "defer", "suspend", "hold off", "held off", "pause", "on hold",
        # "Washington moved back a July 9 deadline".
        "moved back", "move back", "moves back", "moving back",
        # "The tariffs had already been set aside under a four-month suspension".
        "set aside",
        # A called-off action's date is given up like a postponed one: "would not go ahead with the duties it
        # had planned for Dec. 15", "the increase due on Sunday was called off".
        "called off", "call off", "calls off", "calling off", "not go ahead", "not to go ahead",
        "won't go ahead",
        # "then shelved after the partial deal": a shelved action's date is given up too.
        "shelved", "shelve", "shelving",
    ),
    "extend": ("extend",),
    "move": ("moved", "pushed", "shifted", "bumped"),
    "caption": ("photo", "credit:", "getty images", "pictured"),
}  # fmt: skip
# The first, cheapest test for a date: a sentence with none of these substrings can never hold a deadline.
# They are coarse on purpose ("dut" for duty/duties, "lev" for levy/levied): a false alarm only costs the
# exact tests that follow, and fewer, shorter terms make the test cheaper for the many sentences it rejects.
VOCABULARY["date_gate"] = (
    "tariff", "dut", "lev", "tax", "retaliat", "counter", "dumping", "section", "surcharge", "safeguard",
    "rebalanc", "anti-subsid", "deadline", "quota", "start date",
    "truce", "ceasefire", "pause", "reprieve", "effect", "force", "kick", "expire", "impos", "raised",
    "increase", "hike", "be hit", "collected", "appl", "snap back", "follow", " due ", " until ",
    "push", "postpon", "delay", "suspend", "defer",
    # Every postponement or cancellation term opens the gate too: "willing to hold off on the December round".
    "hold off", "on hold", "put off", "called off", "go ahead", "goes ahead",
    # "Both sides will implement these steps by May 14": a noun standing for the measures named before.
    "implement", "steps", "changes", "cuts",
    # "India will withdraw the measures within 90 days": the measures the sentence before named.
    "measure",
    # "Goods entered on or after 12:01 a.m. EDT on August 7": a customs notice's effective date.
    "on or after",
    # "may still be entered at the previous rate, provided they are entered before October 5": goods in
    # transit keep the old rate until a cut-off date.
    "entered", "in transit", "old rate", "previous rate", "prior rate",
    # "The court directed the government to ... stop collecting them within 10 days" (see _COURT_ORDER_RE).
    "court",
)  # fmt: skip
#: A rate put on goods or on a sum of them is a tariff rate even without a tariff noun: "the U.S. will not
#: raise the rate on $200 billion of Chinese goods". A tax or a baseline put on goods is a tariff too ("a 10
#: percent tax on $200 billion in Chinese goods", "a baseline tax of 10% on imports"; not a sales or
#: value-added tax), and so is a verb of taxing whose object is a sum of goods ("to tax another $200 billion
#: of Chinese imports"). Checked in sentences holding "rate", "tax" or "baseline".
_OF_RATE = r"(?:of[ \u00a0]+[0-9.]+[ \u00a0]?(?:%|percent|per[ \u00a0]cent)[ \u00a0]+)?"
#: Where goods a tax is put on come from: "Chinese goods", "EU steel" (alternatives, no group).
_ORIGINS = (
    r"chinese|american|u\.s\.|us|european|eu|canadian|mexican|japanese|indian|korean|british|german|french"
    r"|brazilian"
)
#: A sum of goods: "$200 billion in Chinese goods", "US$34 billion worth of imports" (not "$40 billion of
#: digital revenue").
_SUM_OF_GOODS = (
    r"(?:(?:us|c|a)?\$|€|£)[0-9][0-9.,]*(?:[ \u00a0-](?:billion|million|trillion)|bn|m)?[ \u00a0]+"
    r"(?:of|in|worth[ \u00a0]+of)[ \u00a0]+(?:[a-z.'-]+[ \u00a0]+){0,2}(?:imports|goods|products|shipments)"
    r"(?![a-z])"
)
#: A percent put on a sum of goods, right after the percent: "We went to 25 percent on $200 billion of Chinese
#: goods", "moving to 10% on another $300 billion in imports". A rate laid on a sum of goods is a tariff rate,
#: whatever verb (or none) governs it.
RATE_ON_SUM_AFTER_RE = re.compile(
    r"[ \u00a0]+on[ \u00a0]+(?:(?:another|an[ \u00a0]+additional|a[ \u00a0]+further|the[ \u00a0]+remaining"
    r"|the|the[ \u00a0]+other|roughly|about|around|some|nearly|almost|more[ \u00a0]+than)[ \u00a0]+){0,2}"
    + _SUM_OF_GOODS
)
RATE_ON_GOODS_RE = re.compile(
    r"(?<![a-z])(?:rates?|baselines?)[ \u00a0]+" + _OF_RATE + r"on"
    r"[ \u00a0]+(?:(?:us|c|a)?\$[0-9]|€[0-9]|£[0-9]|(?:[a-z.-]+[ \u00a0]+){0,3}?(?:imports|goods|products"
    # "the rate on roughly two hundred billion dollars of Chinese goods": a spelled-out sum of goods.
    r"|shipments|(?:[a-z-]+[ \u00a0]+){1,3}?(?:billion|million|trillion))(?![a-z]))"
    # A tax is put on goods from abroad or on a sum of goods ("a 6% tax on goods purchased" is a sales tax).
    r"|(?<![a-z])(?<!sales )(?<!value-added )(?<!consumption )(?<!excise )(?<!income )(?<!services )"
    r"(?:tax(?:es)?|charges?)[ \u00a0]+" + _OF_RATE + r"on[ \u00a0]+(?:" + _SUM_OF_GOODS + r""
    r"|(?:[a-z.-]+[ \u00a0]+){0,2}?(?:imports|imported|foreign)(?![a-z])"
    r"|(?:all[ \u00a0]+)?(?:" + _ORIGINS + r"|vietnamese)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:goods|products"
    r"|exports"
    r"|imports|steel|cars|autos|vehicles)(?![a-z]))"
    r"|(?<![a-z])tax(?:es|ed|ing)?[ \u00a0]+(?:(?:another|an[ \u00a0]+additional|a[ \u00a0]+further"
    r"|additional|some|about|roughly|nearly|almost|more[ \u00a0]+than|over|up[ \u00a0]+to)[ \u00a0]+)*"
    + _SUM_OF_GOODS
)
#: A period granted until a date: "countries have until Aug. 1 to", "that gives Paris until 6 January to".
GRANTED_UNTIL_RE = re.compile(
    r"(?<![a-z])(?:have|has|had|given|gives|give|giving|gave|get|gets|got|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?)"
    r"(?:[ \u00a0][a-z'.-]+){0,4}"
    r"[ \u00a0]until[ \u00a0](?:[^.;]|\.(?=[ \u00a0]?[0-9])){3,40}?[ \u00a0]to[ \u00a0][a-z]+"
)

#: A sentence opening with an anaphoric subject that refers back to a tariff action: "The planned increase,
#: from 10% to 25%", "The rates are lower", "The 10% is going up", "They take effect on". A complement
#: ("the increase in prices", "the rates on Treasuries") gives the noun a referent of its own.
ANAPHOR_RE = re.compile(
    r"[\"“‘']?(?:(?:they|these|those|the|this|that|its|their|such)(?:(?:[ \u00a0][a-z-]+){0,2}?[ \u00a0]"
    r"(?:increases?|hikes?|rises?|moves?|measures?|steps?|rates?|levels?|changes?|cuts?|reductions?"
    r"|actions?|proposals?|escalation|tranche)|[ \u00a0][0-9.]+[ \u00a0]?(?:%|percent|per cent))(?![a-z])"
    r"(?![ \u00a0](?:in|of|on|for)[ \u00a0])|they(?![a-z]))"
)

#: A definite noun phrase anywhere in a sentence that stands for a tariff action named before: "will not see
#: the increase until 2026". A complement ("the increase in prices") gives the noun a referent of its own.
ANAPHOR_NP_RE = re.compile(
    r"(?<![a-z])(?:these|those|the|this|that|such)[ \u00a0](?:[a-z-]+[ \u00a0])?"
    r"(?:increases?|hikes?|measures?|tranche|escalation|new[ \u00a0]rates?|higher[ \u00a0]rates?"
    # "Both sides will implement these steps by May 14": the steps the sentence before named.
    r"|steps|changes|cuts|reductions|suspensions?)(?![a-z])"
    r"(?![ \u00a0](?:in|of|on|for)[ \u00a0])"
)

#: A postponement participle used as an adjective after a determiner or a verb of restoring.
ATTRIBUTIVE_POSTPONE_RE = re.compile(
    r"(?<![a-z])(?:the|these|those|its|their|reinstat[a-z]*|restor[a-z]*|reimpos[a-z]*|reviv[a-z]*)[ \u00a0]"
    r"(?:suspended|delayed|postponed|paused|deferred)(?![a-z])"
)

#: Coarse keys of a vocabulary: every term contains one of them, so a sentence with none of the keys uses
#: none of the terms. Fewer, shorter keys make the test cheaper for the many sentences it rejects.
VOCABULARY_KEYS: dict[str, tuple[str, ...]] = {
    "tariff": (
        "tariff", "dut", "lev", "tax", "dumping", "retaliat", "counter", "section ", "surcharge", "safeguard",
        "rebalanc", "anti-subsid",
    ),
    # "be " alone is in most sentences: the participles after it make sharper keys.
    "strong_deadline": (
        "effect", "force", "kick", "expire", "deadline", "be imp", "be rai", "be inc", "be hi", "be lev",
        "be col", "snap back", "appl", "follow",
    ),
}  # fmt: skip

#: "Extend" postpones only with a deadline-like object: "extended tariffs to nails" widens a measure,
#: "extended the deadline" postpones one.
EXTENSION_RE = re.compile(
    r"extend(?:s|ed|ing)?(?: (?:the|its|a|their|his))?(?: [a-z0-9-]+){0,2} (?:deadline|truce|pause|suspension"
    r"|reprieve|exemptions?|exclusions?|grace period|ceasefire|moratorium)"
    # "extend the 25 percent tariff on pickup trucks, which had been set to expire in 2021, until 2041"
    r"|extend(?:s|ed|ing)?(?: [a-z0-9.%-]+){0,8} (?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|measures?)(?![a-z])"
    r"(?=[^.;]*(?<![a-z])until )"
    # The passive: "a 25 percent tariff ... that was to have been phased out by 2021 was extended until 2041".
    r"|(?:was|were|been|be|being) extended (?:until|till|through|to|into) "
)

#: A date moved to a new one ("first due on June 1, then moved to July 9", "pushed back to Aug. 1").
MOVED_DATE_RE = re.compile(
    r"(?:moved|pushed|shifted|bumped)(?: back| out)?(?: (?:it|them|the date|the deadline|the start"
    # "pushed the July 9 deadline for reciprocal tariffs to Aug. 1": a longer object holding the old date.
    r"|(?:the|its|his|their|a|an)(?: [a-z0-9.,'-]+){1,8}?))?"
    r" (?:to|until|into) (?:the )?(?:(?:early|mid|late)[ -])?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday"
    # A number is a day, not a rate ("pushed the tariff to 25%" moves no date).
    r"|sunday|[0-9](?![0-9.,]*[ \u00a0]?(?:%|percent|per[ \u00a0]cent|percentage))|next|the end|end-)"
)

#: A photo credit at the end of a sentence: "REUTERS/Kevin Lamarque", ".../GETTY IMAGES".
CREDIT_RE = re.compile(r"(?:[A-Z]{2,}/[A-Z][A-Za-z .'-]*|GETTY IMAGES)\s*\Z")

# --- amount cues -----------------------------------------------------------------------------------

# Words that may sit between a number and the noun it attaches to ("a 25 percent *reciprocal* tariff").
_MODIFIER_WORDS = (
    r"additional|extra|new|reciprocal|punitive|retaliatory|across-the-board|blanket|baseline"
    r"|universal|flat|ad valorem|import|border|global|so-called|provisional|preliminary|final|emergency"
    r"|tit-for-tat|minimum|maximum|steel|aluminum|aluminium|auto|car|vehicle|lumber|solar|anti-?dumping"
    r"|countervailing|safeguard|rebalancing|section \d+|fentanyl-related|fentanyl|secondary|national security"
    r"|special|temporary"
    r"|most-favou?red-nation|chinese|u\.?s\.?|american|european|eu|canadian|mexican|japanese|indian|korean"
    r"|british|other|total|combined|average|effective|overall|current|existing|proposed|planned|threatened"
    r"|possible|potential|the|a|an|and|or|more|further|annual|yearly|two-way|bilateral|such|\"|“|”|'"
).split("|")
# Tried up to four times at every amount's right edge: branched by first letter (first_letter_alternation).
_MODIFIERS = "(?:" + first_letter_alternation(_MODIFIER_WORDS) + ")"

# A tariff noun is the head only when no other noun follows it: "tariff revenue" is revenue.
_NOT_COMPOUND = (
    r"(?![a-z])(?![ \u00a0-](?:revenues?|income|receipts|collections|proceeds|money|payments?|bills?|costs?"
    r"|refunds?))"
)

# A percent's modifiers exclude "annual": "a 5% annual rate" is a growth rate, not a tariff rate.
_PERCENT_MODIFIERS = (
    "(?:"
    + first_letter_alternation([word for word in _MODIFIER_WORDS if word not in ("annual", "yearly")])
    + ")"
)

#: The noun right after a percent: "25 percent tariffs" (tariff rate) or "25 percent of" / "stake" (not).
#: What a rate's noun may be put on when it is a tax on income rather than on goods ("on the UK revenues of").
_ON_INCOME = (
    r"[ \u00a0]+(?:on|to)[ \u00a0]+(?:[a-z'’.-]+[ \u00a0]+){0,3}?"
    r"(?:revenues?|profits?|income|earnings|turnover)(?![a-z])"
)
_NOT_ON_INCOME = "(?!" + _ON_INCOME + ")"
#: Taxes on sales, income or wealth at home: "a 20% value-added tax", "the consumption tax", "GST" are not
#: tariffs, whatever verb of paying or charging governs their rate.
_DOMESTIC_TAX = (
    r"(?:value[ \u00a0-]added|sales|consumption|income|corporate|corporation|payroll|property"
    r"|capital[ \u00a0-]gains|withholding|digital[ \u00a0-]services?|wealth|windfall|inheritance|estate"
    r"|goods[ \u00a0]and[ \u00a0]services)[ \u00a0-]tax(?:es)?|vat|gst"
)
#: What a rate is put on when it is the price of money, not a tax on goods: "the rate on two-year notes",
#: "rates on 30-year mortgages", "the rate for overnight loans", "the rate on savings accounts".
FINANCIAL_OBJECT_RE = re.compile(
    r"[ \u00a0]+(?:on|for|of)[ \u00a0]+(?:[a-z0-9'’.-]+[ \u00a0]+){0,3}?"
    r"(?:notes?|bonds?|treasur(?:y|ies)|t-bills?|bills|gilts?|bunds?|debt|savings|deposits?|accounts?"
    r"|loans?|mortgages?|credit[ \u00a0-]cards?|borrowing|lending|securities|reserves|cds)(?![a-z])"
)
_NOT_FINANCIAL_OBJECT = "(?!" + FINANCIAL_OBJECT_RE.pattern + ")"
PERCENT_HEAD_RE = re.compile(
    # Scare quotes may open a modifier or the noun: 'a further 25 per cent "penalty" duty'.
    r"[ \u00a0]*(?:(?:-|–)[ \u00a0]*)?(?:(?:" + _PERCENT_MODIFIERS + r"(?![a-z])|[\"“‘'])[ \u00a0]*){0,4}"
    r"(?:(?P<tariff>(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|taxes on imports"
    r"|border tax(?:es)?"
    # "a smaller 10 percent charge on imported aluminum", "a 25% tax on foreign steel": a tax or charge put
    # on goods (put on income it is something else, see the neg group).
    # "a 10 percent tax on $200 billion in Chinese goods": or on a sum of goods.
    r"|(?:tax(?:es)?|charges?)(?=[ \u00a0]+on[ \u00a0]+(?:" + _SUM_OF_GOODS + r""
    r"|(?:[a-z.'-]+[ \u00a0]+){0,2}?(?:imports?|imported"
    r"|foreign|steel|alumin(?:i)?um|cars|autos|vehicles|shipments)"
    # Goods by origin ("a 10% tax on Chinese goods"), not goods in general ("a 6% tax on goods purchased").
    r"|(?:all[ \u00a0]+)?(?:" + _ORIGINS + r")[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:goods|products"
    r"|exports))(?![a-z]))"
    r"|surcharges?|surtax(?:es)?|tariff rates?|markups?|rates?" + _NOT_FINANCIAL_OBJECT + r""
    # "The additional 25 per cent penalty will kick in": a punitive tariff (a fine is a sum, not a rate).
    r"|penalty|penalties"
    # "the 10% baseline already in force": a baseline heads the phrase when no other noun follows.
    r"|baseline(?![ \u00a0-](?:growth|scenario|forecast|estimates?|case|projections?|assumptions?|tariffs?"
    r"|rates?|dut|lev))"
    # "deposits of 30.6 percent to 39 percent of the value of the goods": an ad valorem rate.
    # "a deposit of 75.8 per cent of the cargo's value": the goods' own value ("lost 3% of their value" is
    # a market move).
    r"|of[ \u00a0]the[ \u00a0](?:[a-z]+(?:'s|’s|s'|s’)[ \u00a0])?"
    r"(?:customs[ \u00a0]|declared[ \u00a0]|import[ \u00a0]|dutiable[ \u00a0])?"
    r"value(?![ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?:yuan|dollar|currency|euro|shares|stocks|index"
    # "about 43 percent of the value of Brazil's exports": a share of a country's trade, not a rate.
    r"|[a-z.-]+(?:'s|’s)[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?(?:exports|imports|trade|shipments|sales))))"
    + _NOT_COMPOUND
    + _NOT_ON_INCOME
    + r")"
    # "a 3% levy to the revenue that tech companies earn", "a 2 per cent levy on the UK revenues of": a
    # levy on income is a digital services or windfall tax, not a tariff.
    r"|(?P<neg>(?:(?:lev(?:y|ies)|tax(?:es)?|charges?)"
    + _ON_INCOME
    # "a 20% value-added tax", "the 10% GST": a tax on sales or income at home, not on goods at the border.
    + r"|"
    + _DOMESTIC_TAX
    + r"|of|stake|share|shares|growth|increase|rise|jump|gain|drop|decline|fall|cut|discount"
    r"|interest|chance|probability|odds|majority|approval|return|yield|margin|unemployment|inflation|slump"
    r"|year-on-year|year on year|from a year|a year earlier|on the year|annuali[sz]ed|annual pace|pace"
    r"|rebound|contraction|expansion|stock|ownership|owned|off|plunge|surge|slide|loss|losses|profit|sales"
    r"|revenue|year-over-year|vote|support"
    # "the merchandise processing fee (0.3464% ad valorem)", "a 0.125% fee": a fee is not a tariff.
    r"|fees?|commissions?"
    # "shave 0.5 percentage points off growth", "subtract 1.2 points from GDP": an impact on the economy.
    r"|(?:from|off)[ \u00a0](?:the[ \u00a0])?(?:gdp|growth|economic|global|output|economy|annual|china's|its)"
    # "a tax that charges 3% on revenue": a rate on income or deposits is a tax or interest, not a tariff.
    r"|on[ \u00a0](?:[a-z-]+[ \u00a0]){0,3}?(?:revenues?|sales|profits?|income|earnings|deposits|loans"
    r"|savings|turnover|mortgages?)"
    r"|turnout|weighting|weight|reduction|chunk|portion|fraction|per year|a year|annually|annual|yearly"
    r"|quarterly|monthly)(?![a-z]))"
    r"|(?P<weak>(?:more|less|higher|lower|cheaper|costlier|below|above)(?![a-z])))"
)

#: What a currency amount attaches to on its right, after "worth of" / "in" / "of" and modifiers.
MONEY_HEAD_RE = re.compile(
    r"(?:[ \u00a0]*(?:\([^()]{0,40}\)))?[ \u00a0,]*(?:worth[ \u00a0]+of[ \u00a0]+|worth[ \u00a0]+"
    r"|in[ \u00a0]+"
    r"|of[ \u00a0]+|a[ \u00a0]+year[ \u00a0]+in[ \u00a0]+|annually[ \u00a0]+in[ \u00a0]+)?"
    r"(?:(?:" + _MODIFIERS + r"(?![a-z])|[\"“‘'])[ \u00a0]*){0,4}"
    r"(?:(?P<tariff>(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import taxes|surtax(?:es)?|countermeasures"
    r"|counter-measures"
    r"|retaliation|retaliatory|sanctions|list|tranche|batch|round|package|lists"
    # "we have US$200 billion in abeyance": tariffs held back, ready to be imposed.
    r"|abeyance)" + _NOT_COMPOUND + r")"
    # "$40 million of incremental tariff cost", "$2 billion in duty refunds": money paid, the tariff its kind.
    r"|(?P<neg>(?:(?:[a-z-]+[ \u00a0]+){0,2}?(?:tariffs?|dut(?:y|ies)|import)[ \u00a0-]"
    r"(?:costs?|bills?|expenses?|payments?|refunds?|revenues?|receipts|collections|income|headwinds?)"
    r"|trade deficits?|deficits?|surplus(?:es)?|commitments?|purchases?|investments?|revenues?"
    r"|profits?|earnings|sales|subsid(?:y|ies)|aid|bailouts?|payments?|fines?|penalt(?:y|ies)|loans?|debt"
    r"|credit[ \u00a0]+lines?|lines?[ \u00a0]+of[ \u00a0]+credit"
    r"|market (?:value|capitali[sz]ation|cap)|valuation|spending|reserves|stimulus|losses|bonds|deals?"
    r"|contracts?|orders|assets|savings|income|wages|farm aid|relief|compensation|support|collections"
    r"|receipts|cost|costs|gdp|economy|output|funding|capital|budget|cash|securities|direct investment"
    r"|a barrel|a tonne|a ton|an ounce|a bushel|a share|per share|an hour|per)(?![a-z]))"
    r"|(?P<goods>(?:goods|imports|products|exports|trade|merchandise|items|steel|aluminum|aluminium|cars"
    r"|autos"
    r"|vehicles|parts|soybeans|agricultural|farm|food|machinery|electronics|chips|semiconductors"
    r"|shipments|commodities|energy|lumber|dairy|wine|whisk(?:e)?y|motorcycles|aircraft|textiles)(?![a-z]))"
    r")"
)

# Cue words shared by money and percent candidates; nearest to the left wins. ``neg``: a non-tariff
# quantity; ``move``: a market/economy movement verb (decided by its subject); ``tariff``: tariff words.
_NEG_CUES = [
    "hit a record", "hit a high", "hit a low", "subtract*", "shave*", "shaving", "knock off", "knocks off",
    "knocked off", "lop*", "wipe*", "trade deficit", "deficit", "surplus", "bought", "buy",
    "buying", "buys", "purchas*", "spend*", "spent", "invest*", "revenue", "revenues", "sales", "sold",
    "sell*",
    "profit", "profits", "earn*", "cost", "costs", "costing", "collected", "collect", "collecting",
    # "of which we were able to recover roughly 40 percent": a share of a tariff cost won back.
    "recover", "recovered", "recovering", "recoup*",
    "collects",
    "fined", "fine", "fines", "penalt*", "loan", "loans", "subsid*", "bailout", "aid", "valued at",
    # Money to help those a tariff hurts: "up to C$2 billion to support affected workers", "C$1 billion in
    # financing", "relief for farmers".
    "to support", "financing", "relief", "assistance",
    # "the government is making available up to C$2 billion to defend workers": money handed out.
    "making available", "make available", "makes available", "made available",
    # "the central bank's policy rate was set at 17.75 percent".
    "policy rate",
    # "a relationship that the trade ministry values at more than $20 billion a year": two-way trade.
    "relationship", "relationships",
    # "a support package, including a credit line of around R$ 30 billion": credit for those a tariff hurts.
    "support package*", "rescue package*", "credit line*", "line of credit", "lines of credit",
    "valuation",
    "market value", "market cap*", "total", "totaled", "totalled", "totaling", "totalling", "totals",
    "amounted to", "amounting to", "amounts to", "amount to", "reached", "pledg*", "commitment",
    "commitments", "committed", "imported", "exported", "ship", "ships", "shipped", "shipping", "send",
    "sends",
    "sending", "sent", "gdp", "economy", "growth", "output", "grew", "grow*", "inflation", "interest rate",
    "interest rates", "mortgage rate", "mortgage rates", "yield", "yields", "poll", "polls", "polled",
    "survey*",
    "respondents", "approval", "unemployment", "jobless", "stake", "owns", "owned", "ownership", "forecast*",
    # "growth, which it projected at 6.5 per cent": a projection is a forecast.
    "projected", "projecting", "projection", "projections",
    "outlook", "margin", "margins", "odds", "chance", "probability", "majority", "percentage", "percent of",
    "budget", "stimulus", "funding", "reserves", "debt", "share", "shares", "stock", "stocks", "index",
    "indices", "dow", "s&p", "nasdaq", "nikkei", "hang seng", "ftse", "dax", "yuan", "currency", "the dollar",
    "the euro", "the peso", "the pound", "the lira", "the rupee", "bond", "bonds", "treasury yield",
    "treasury yields", "wages", "prices", "cpi", "ppi", "averaged", "averages", "averaging", "utilization",
    "utilisation", "capacity", "worth of stock", "worth of shares",
    # "the value-added tax of 20 percent", "a VAT rate of 19%": a domestic tax, not a tariff.
    "value-added tax", "value added tax", "vat", "sales tax", "consumption tax", "income tax",
    "corporate tax",
    "gst", "goods and services tax", "digital services tax", "digital tax",
    # Money a tariff brings in is revenue, not goods covered: "customs duties brought in US$27 billion".
    "brought in", "bring in", "brings in", "bringing in", "raked in", "rake in", "generat*",
    # Commodity markets: "sending copper futures up as much as 13 per cent".
    "futures", "price", "export", "spot rate", "spot rates", "freight rate", "freight rates",
    *(f"{verb} {size}" for verb in ("import", "imports", "importing")
      for size in ("about", "some", "around", "roughly", "nearly", "more than")),
]  # fmt: skip
_COLLECT_CUES = frozenset({"reached", "collected", "collect", "collecting", "collects"})
_TRADE_FLOW_CUES = frozenset(
    {"bought", "buy", "buying", "buys", "purchas*", "sold", "sell*", "imported", "exported", "ship", "ships",
     "shipped", "shipping", "send", "sends", "sending", "sent"}
)  # fmt: skip
_MOVE_CUES = [
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "drop*",
    "declin*",
    "slump*", "plung*", "jump*", "gain*", "climb*", "surg*", "tumbl*", "slid*", "sank", "sink*", "soar*",
    "slip*", "rally", "rallied", "rallies", "weaken*", "strengthen*", "appreciat*", "depreciat*", "contract*",
    "expand*", "shrank", "shrink*", "edged up", "edged down", "edges up", "edges down", "advanc*", "retreat*",
    "lost", "add", "added", "adds", "adding", "decreas*", "doubl*", "tripl*", "quadrupl*", "halv*",
    # Currencies "firmed" or "eased" ("firm*" would take "firms pay 25%").
    "firmed", "firming", "firms up", "eased", "easing",
    # "the 15% rate ... will be cut in half, to 7.5%".
    "cut in half", "cuts in half", "cutting in half",
    # The first level of a schedule is decided by what starts there: "The duties start at 10 per cent".
    "start at", "starts at", "started at", "starting at", "begin at", "begins at", "began at",
    "beginning at",
    # A level kept is decided by what keeps it: "Lists 1 and 2 remain at 25%", "inflation stayed at 3%".
    "remain at", "remains at", "remained at", "stay at", "stays at", "stayed at",
]  # fmt: skip
_TARIFF_CUES = [
    "tariff*", "duty", "duties", "levy", "levies", "levied", "levying", "import tax", "import taxes",
    "border tax", "border taxes", "taxes on", "countervailing", "anti-dumping", "antidumping", "retaliat*",
    # "the anti-subsidy component at 6.9 per cent": a countervailing duty (not a subsidy).
    "anti-subsid*", "antisubsid*",
    # "set the anti-dumping margin at 73.6 per cent": a trade-remedy margin is the duty rate (a profit
    # margin is not).
    "dumping margin*", "anti-dumping margin*", "antidumping margin*", "subsidy margin*",
    "subsidisation margin*", "subsidization margin*",
    "countermeasure", "countermeasures", "counter-measure", "counter-measures", "surcharge", "surcharges",
    "surtax*", "safeguard*",
    "impos*", "slap*", "subject to", "subjected to", "charg*",
    *(f"{verb} the {what} to" for verb in (
        "raising", "bringing", "taking", "lifting", "pushing", "boosting", "raises", "brings", "takes",
        "lifts", "pushes", "boosts", "raised", "brought", "took", "lifted", "pushed", "boosted", "raise",
        "bring", "take", "lift", "push", "boost")
      for what in ("total", "tally", "amount", "value")),
]  # fmt: skip

#: Left cues of a money amount: "hit $200 billion of goods", "tariffs on another $16 billion", "covers".
MONEY_CUES = CueSet(
    {
        "neg": ["paid", "pay", "pays", "paying", *_NEG_CUES],
        "move": _MOVE_CUES,
        "tariff": [
            *_TARIFF_CUES, "hit", "hits", "hitting", "target*", "cover*", "affect*", "authoris*", "authoriz*",
            # "had already taxed $50 billion of Chinese goods": taxing goods is tariffing them.
            "taxed", "taxing", "taxes", "to tax", "will tax", "would tax", "could tax",
            "list of", "lists of", "list", "lists", "tranche", "tranches", "batch of", "batches of",
            # WTO retaliation: "authorised to suspend concessions worth $4 billion a year".
            *(f"{verb} {kind}concessions" for verb in (
                "suspend", "suspends", "suspended", "suspending", "suspension of", "withdraw", "withdrawing")
              for kind in ("", "trade ", "tariff ")),
        ],
    }
)  # fmt: skip
#: Left cues of a percent: "tariffs as high as 25 percent", "a rate of 10%", "BYD will pay 17%",
#: "an increase to 25 percent" (``level``: the new level of a tariff change).
PERCENT_CUES = CueSet(
    {
        "level": ["increase to", "increase from", "hike to", "hike from", "reduction to", "cut to"],
        # Trade flows ("aircraft imported from the EU") qualify goods, never a rate: not cues for percents.
        # Revenue is money: a percent collected is a duty rate ("will collect 25% on Indian goods").
        "neg": [cue for cue in _NEG_CUES if cue not in _TRADE_FLOW_CUES and cue not in _COLLECT_CUES],
        # "until it reached 25%": a level reached is decided by what reached it, like a movement.
        "move": ["hit", "hits", "reached", "reaches", "reaching", *_MOVE_CUES],
        "tariff": [
            *_TARIFF_CUES, "rate", "rates", "paid", "pay", "paying", "pays", "face", "faces", "faced",
            "facing", "hit at", "hit with", "taxed at", "set at", "list", "lists", "tranche", "tranches",
            # Indian and British usage: goods "attract" a duty ("lentils will attract 70 per cent").
            "attract", "attracts", "attracted", "attracting",
            # Goods let in at a rate: "allows 100,000 cars a year to enter at 10% rather than 27.5%".
            *(f"{verb} {place}at" for verb in ("enter", "enters", "entered", "entering")
              for place in ("", "the us ", "the u.s. ", "the united states ", "the eu ", "the uk ",
                            "the country ", "the market ")),
            "imported at", "admitted at",
        ],
    }
)  # fmt: skip

#: Verbs of money changing hands: "collected $X in duties" is revenue even though the head is a tariff.
MONEY_FLOW_RE = re.compile(
    r"(?:collect\w*|paid|pay(?:s|ing)?|raised|rais(?:es|ing)|generat\w*|brought in|bring(?:s|ing)? in"
    r"|rak\w* in"
    r"|cost\w*|spent|spend\w*|earn\w*|refund\w*)(?:[ \u00a0]+(?:about|around|roughly|nearly|almost|some|more"
    # "collected a total of $80 billion in duties".
    # "collected a record of roughly $16 billion in duties", "a monthly high of", "a further".
    r"|than|over|up|to|an|a|estimated|extra|additional|total|of|US|U\.S\.|record|high|further|monthly"
    r"|net|combined))*[ \u00a0]*\Z"
)

#: A per-item value threshold, not goods covered: "packages worth $800 or less", "parcels valued under $800".
THRESHOLD_AFTER_RE = re.compile(r"[ \u00a0]+(?:or|and)[ \u00a0]+(?:less|under|below|lower|cheaper)(?![a-z])")
THRESHOLD_BEFORE_RE = re.compile(
    r"(?:valued|worth|priced|costing)[ \u00a0]+(?:at[ \u00a0]+)?(?:under|below|less than|up to|no more than"
    r"|not more than|at most)[ \u00a0]+\Z"
)

#: A relative clause of trade after goods: "$427 billion in goods (that) the United States bought".
TRADE_FLOW_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?(?:the[ \u00a0]+[a-z.]+(?:[ \u00a0]+[a-z.]+)?|[a-z.]+)"
    r"[ \u00a0]+(?:bought|buys|purchased|imported|exported|sold|shipped|sent)(?![a-z])"
)

#: A trade flow whose subject is the goods a tariff list covers: "Imports of the affected products totalled",
#: "Imports of the 28 items were worth about", "US exports of those goods came to". The definite article with
#: a participle of targeting (or a count, or a demonstrative) points back at the tariff list.
COVERED_GOODS_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:imports|exports|shipments|sales|trade)[ \u00a0]+(?:[a-z.]+[ \u00a0]+)?(?:of|in)[ \u00a0]+"
    r"(?:(?:the|those)[ \u00a0]+(?:[0-9,]+[ \u00a0]+)?(?:affected|targeted|covered|listed|selected|tariffed"
    r"|sanctioned)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?"
    r"|(?:the[ \u00a0]+[0-9,]+|these|those)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?)"
    r"(?:products|goods|items|lines|categories|commodities)(?![a-z])"
    r"[^,;:()%$€£¥]{0,40}(?:totall?ed|totals|were|was|are|is|came to|amounted to|reached|worth|valued)"
    r"[^,;:()%$€£¥]{0,20}\Z"
)

_ABOUT = (
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|an[ \u00a0]+estimated|more[ \u00a0]+than"
    r"|over|just[ \u00a0]+over|just[ \u00a0]+under|less[ \u00a0]+than)[ \u00a0]+)?"
)
#: A trade flow as the subject of a copula of value: "UK steel exports to the US were worth about £360m a
#: year", "Its shipments to China were valued at". Goods a list covers are named with a participle of
#: targeting instead (see COVERED_GOODS_SUBJECT_RE, checked first).
TRADE_FLOW_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:exports|imports|shipments|sales|trade)(?:[ \u00a0][^,;:()$€£¥%]{0,40})?[ \u00a0]"
    r"(?:were|was|are|is|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+"
    r"(?:worth|valued[ \u00a0]+at|totall?ed|came[ \u00a0]+to|amounted[ \u00a0]+to)[ \u00a0]+" + _ABOUT + r"\Z"
)
#: A sum that is worth something other than goods: "emergency credit lines worth R$ 30 billion".
_NON_GOODS_WORTH_PATTERN = re.compile(
    r"(?<![a-z])(?:credit(?:[ \u00a0]+lines?)?|loans?|grants?|aid|subsid(?:y|ies)|contracts?|deals?|orders"
    r"|investments?|relief|bonds|assets|funds?|stakes?|guarantees?)[ \u00a0]+(?:worth|valued[ \u00a0]+at)"
    r"[ \u00a0]+" + _ABOUT + r"\Z"
    # "The pharmaceutical industry, worth about £17bn in exports to America": the size of an industry.
    r"|(?<![a-z])(?:industry|industries|sector|sectors|business|businesses|company|companies|firms?|market"
    r"|economy),?(?:[ \u00a0]+(?:which|that)[ \u00a0]+(?:is|was|are|were))?[ \u00a0]+(?:now[ \u00a0]+)?"
    r"(?:worth|valued[ \u00a0]+at)[ \u00a0]+" + _ABOUT + r"\Z"
)
# Both alternatives value with one of these.
NON_GOODS_WORTH_RE = KeyedPattern(_NON_GOODS_WORTH_PATTERN, ("worth", "valued"))
#: A coverage verb whose subject is a tariff list or measure: "List 4B covers goods worth roughly $160
#: billion", "The increases cover about $18 billion of imports", "the duties will hit".
COVER_VERB_SUBJECT_RE = re.compile(
    r"(?<![a-z])(?:list|lists|tranche|tariffs?|dut(?:y|ies)|lev(?:y|ies)|countermeasures?|increases?"
    r"|surcharges?|charges|surtax(?:es)?)"
    r"(?:[ \u00a0][0-9][0-9a-z]?|[ \u00a0][a-z][0-9])?"
    # "the auto levy, which covers vehicles and parts that Japan ships to the U.S. worth about".
    r"(?:,?[ \u00a0]+(?:which|that))?"
    # "a second tranche, covering a further 284 lines valued at": the verb's participle clause.
    r",?[ \u00a0]+(?:(?:would|will|could|also|now|only|already)[ \u00a0]+)?"
    r"(?:covers?|covered|covering|targets?"
    # "the new charges would apply to U.S. imports worth 533 million dollars": what a tariff applies to.
    r"|targeted|appl(?:y|ies|ied)[ \u00a0]+to)[ \u00a0]+"
    # The object, not a clause of its own with a verb of quantity ("imports which last year totalled").
    r"(?:(?!(?:totall?ed|totals|was|were|is|are|reached|amounted|came|fell|rose|grew)[ \u00a0])[a-z0-9.-]+"
    # "a fourth list covering essentially all remaining imports from China, worth roughly".
    r"[ \u00a0]+){0,10}?(?:(?:[a-z.-]+,[ \u00a0]+)?"
    # "The duties apply to a trade that was worth about": the worth of the object in a relative clause.
    r"(?:(?:that|which)[ \u00a0]+(?:was|were|is|are)[ \u00a0]+)?(?:worth|valued[ \u00a0]+at)[ \u00a0]+)?"
    + _ABOUT
    + r"\Z"
)

#: Cues to the RIGHT of a currency amount: "..., imposed by Washington", "would be hit with tariffs".
MONEY_RIGHT_VERB_RE = re.compile(
    r"[^.;:]{0,70}?(?:imposed|levied|targeted|hit|covered|affected|subject(?:ed)? to|slapped)(?![a-z])"
    # "The remaining C$125 billion, covering cars, ..., was to be hit": the money's own participle clause.
    r"|,?[ \u00a0]+covering[ \u00a0][^.;:]{0,60}?(?:imposed|levied|targeted|hit|subject(?:ed)? to)(?![a-z])"
    # "those shipments, worth about US$ 6 billion a year, will pay the full 50 percent", "goods worth $2
    # billion would face the new tariff": the goods the sum values pay or face a tariff or its rate.
    r"|[^.;:]{0,40}?(?<![a-z])(?:will|would|could|must|now|to|also)[ \u00a0]+(?:pay|face)[ \u00a0]"
    r"[^.;:]{0,30}?(?:%|percent|per[ \u00a0]cent|tariffs?|dut(?:y|ies)|lev(?:y|ies))(?![a-z])"
)

#: A tariff verb whose subject is the money itself: "$16 billion of goods ... could be targeted". Strong
#: enough to decide a sentence without tariff nouns, unlike "hit" or "affected".
MONEY_RIGHT_ACTION_RE = re.compile(
    r"(?:[^.;:,]|\.(?=[0-9])){0,60}?"
    r"(?:(?:be|been|being|is|are|was|were|remains?|remained)[ \u00a0](?:[a-z]+[ \u00a0])?"
    r"(?:targeted|levied|slapped|(?:un)?taxed|subject(?:ed)? to (?:the |new |additional |extra |higher )*"
    r"(?:tariffs|duties|levies|rates))"
    # "Goods worth about $48 billion will face the 50 per cent rate": the money is what faces the rate.
    r"|fac(?:e|es|ed|ing)[ \u00a0](?:the[ \u00a0]|a[ \u00a0]|an[ \u00a0])?(?:[a-z-]+[ \u00a0]){0,2}?"
    r"(?:[0-9.]+[ \u00a0]?(?:%|percent|per cent)[ \u00a0])?(?:[a-z-]+[ \u00a0]){0,2}?"
    r"(?:tariffs?|duties|duty|levies|levy|rates?)"
    # "About $160 billion of goods ... had their start date pushed back": goods a measure starts on.
    r"|(?:had|have|has|saw|see|sees|will[ \u00a0]+have|would[ \u00a0]+have)[ \u00a0]+"
    r"(?:their|its|the)[ \u00a0]+(?:start|effective)[ \u00a0]+date)(?![a-z])"
)

#: A relative clause with a tariff verb right after a percent: "the 25% that we charge".
#: A reduced relative does the same: "better than the 20 per cent imposed on the European Union", and a noun
#: of level may come between: "the roughly 3.3 per cent average that applied before this year".
PERCENT_RIGHT_VERB_RE = re.compile(
    r"[ \u00a0]*(?:(?:average|effective|overall|combined|current|existing|baseline|headline|standard)"
    r"[ \u00a0]+)?"
    r"(?:(?:that|which)[ \u00a0][^.;:,]{0,20}?(?:charge[sd]?|charging|impose[sd]?|levie[sd]|levy"
    r"|collect(?:s|ed)?"
    r"|appl(?:y|ies|ied))(?![a-z])"
    r"|(?:(?:already|now|currently|previously|originally|first|still|later)[ \u00a0]+)?"
    # "the 20% imposed earlier this year", "the 25% levied since 2018": a reduced relative with an adverbial.
    r"(?:imposed|levied|charged)[ \u00a0]+(?:on|against|by|in|since|earlier|last|this|at)[ \u00a0]"
    # "the 20% already in place on Chinese goods", "the 25% still in force": a measure's rate.
    r"|(?:(?:already|now|still|currently)[ \u00a0]+)?in[ \u00a0]+(?:place|force)(?![a-z])"
    # "the 20% Trump imposed earlier this year", "the 25% Washington levies": a relative clause with its
    # subject and no pronoun.
    r"|(?!(?:of|in|on|for|to|and|or|from|by|at|as|than|with)[ \u00a0])[a-z.]+(?:[ \u00a0][a-z.]+)?[ \u00a0]+"
    r"(?:had[ \u00a0]+|has[ \u00a0]+|have[ \u00a0]+)?(?:imposed|levied|slapped|charges|levies|imposes)"
    r"(?![a-z]))"
)
#: "the new 34% comes on top of the 20% already imposed": a rate named as a noun, stacked on another tariff.
PERCENT_STACKED_RE = re.compile(
    r"[ \u00a0]+(?:comes?|came|will[ \u00a0]+come|would[ \u00a0]+come|sits?|stacks?|is[ \u00a0]+added"
    r"|are[ \u00a0]+added)[ \u00a0]+(?:on[ \u00a0]+top[ \u00a0]+of|to)[ \u00a0][^.;]{0,40}?"
    r"(?:%|percent|per[ \u00a0]cent|tariff|dut(?:y|ies)|lev(?:y|ies))"
)
#: The determiner of a rate standing alone as a noun: "the new 34%", "The 10%", "an additional 25%".
PERCENT_AS_NOUN_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:the|an?|this|that)[ \u00a0]+(?:(?:new|additional|extra|further|latest|higher|added)"
    r"[ \u00a0]+)?\Z"
)

#: A movement verb is about the tariff when a tariff noun heads its subject ("tariffs rose to 25 percent",
#: "duties on lithium-ion EV batteries will rise to 25 percent").
#: Between the noun and the verb there may be a noun phrase's tail and a parenthetical (", currently 27.5%,"),
#: but no other figure and no clause connective: in "tariffs pushed inflation to 3% as exports fell 10%"
#: the exports fell.
#: Modifiers that make a "rate" something other than a tariff rate: "its benchmark rate", "the jobless rate".
_NON_TARIFF_RATE_MODIFIERS = (
    "benchmark", "policy", "key", "interest", "lending", "deposit", "mortgage", "unemployment", "jobless",
    "savings", "inflation", "exchange", "participation", "vacancy", "growth", "funds", "repo", "prime",
    "discount", "overnight", "borrowing", "default", "poverty", "approval", "response", "income tax",
    "corporate tax", "tax", "bank", "base", "cash", "coupon", "bond", "loan", "birth", "fertility",
    "utilization", "utilisation", "savings", "conversion", "occupancy", "vote", "turnout", "hiring",
    "participation", "success", "failure", "interest-rate", "federal funds", "fed funds",
    # Prices of transport and cover: "freight rates range from 10% to 15% above last year".
    "freight", "shipping", "container", "spot", "charter", "insurance", "room",
)  # fmt: skip
_RATE_LOOKBEHIND = "".join(f"(?<!{re.escape(word)} )" for word in sorted(set(_NON_TARIFF_RATE_MODIFIERS)))
#: A "rate" a non-tariff modifier qualifies, ending at the text's end (checked at a "rate" cue).
NON_TARIFF_RATE_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(word) for word in sorted(set(_NON_TARIFF_RATE_MODIFIERS), key=len, reverse=True))
    # "the benchmark Selic rate": a name may sit between the modifier and the noun, a tariff word may not.
    + r")[ \u00a0](?:(?!tariff|dut|lev|import)[a-z]+[ \u00a0])?\Z"
)

#: The object of a change verb that is not a tariff: "cut its benchmark rate", "raise interest rates".
NON_TARIFF_OBJECT_RE = re.compile(
    r"[ \u00a0](?:(?:its|their|the|a|his|her)[ \u00a0])?(?:(?:"
    + "|".join(re.escape(word) for word in sorted(set(_NON_TARIFF_RATE_MODIFIERS), key=len, reverse=True))
    + r")[ \u00a0]rates?|prices|(?:growth[ \u00a0])?forecasts?|outlook|estimates?|spending|income taxes"
    # "tariffs cut its operating profit by 180 billion yen in April and May": a company's results.
    r"|(?:(?:operating|net|pre-tax|pretax|quarterly|annual)[ \u00a0])?(?:profits?|earnings|margins?))"
    r"(?![a-z])"
)

_SINCE_DATE = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[0-9]|last|early|late|mid|the start|the end)"
)
_TARIFF_SUBJECT_PATTERN = re.compile(
    # "Washington's third round so far starts at 10 per cent": a round, tranche or batch of tariffs.
    # "Lists 1 and 2 (about $50 billion of goods) remain at 25%": a tariff list.
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|tranches?|batch|lists?|round(?! of (?:talks|negotiations))|"
    + _RATE_LOOKBEHIND
    + r"rates?)(?![a-z])"
    # "Rates on 30-year mortgages climbed to 7%": the price of money, not a tariff rate; "Tariff revenue rose
    # 12%": a compound's head is what moves.
    + _NOT_FINANCIAL_OBJECT
    + _NOT_COMPOUND
    # "since" before a date is a preposition ("the 15% rate that has applied since September ... will be").
    + r"(?:(?:(?! (?:as|while|but|after|because|when|since(?! "
    + _SINCE_DATE
    + r")|although|though|so(?! far)"
    r"|yet|whereas) )[^,;:()%]"
    r"|,[^,;:()]{0,25},|\([^()]{0,60}\))*|(?: [a-z-]+)?, (?:which|that)[^,;:()%]*)\Z"
)
# Every subject opens with one of these nouns.
TARIFF_SUBJECT_RE = KeyedPattern(
    _TARIFF_SUBJECT_PATTERN, ("tariff", "dut", "lev", "tranche", "batch", "list", "round", "rate")
)

#: What moves when a movement verb's subject is a pronoun or left out ("until it hit 25%", "before climbing
#: to 25 percent", "dropping them to 10%"): the nearest noun that is not a prepositional complement.
#: ``tariff`` nouns make the number a tariff rate, ``other`` nouns (inflation, exports, ...) do not.
ANTECEDENT_RE = re.compile(
    r"(?<![a-z])(?:(?P<tariff>tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|" + _RATE_LOOKBEHIND + r"rates?)"
    r"|(?P<other>inflation|exports|imports|prices|growth|stocks|shares|index|indices|yields?|unemployment"
    r"|economy|gdp|sales|profits?|revenues?|deficits?|surplus(?:es)?|output|currency|yuan|dollar|euro|peso"
    r"|markets?|bonds?|oil|futures|earnings|wages|jobs|costs|spending|investment|demand|orders))(?![a-z])"
)
#: A noun is a complement, not a subject, after a preposition (and up to two modifiers): "of Chinese imports".
COMPLEMENT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:of|on|from|in|for|to|with|against|into|over|by)"
    r"(?:[ \u00a0](?!(?:that|which|who|and|but|when|while|as|if|said|says)(?![a-z]))[a-z\"'“”.-]+){0,2}"
    r"[ \u00a0]\Z"
)
#: A pronoun subject right before a movement verb ("until it hit", "they will rise"), or a verb whose
#: subject is left out ("before climbing", "and climb").
PRONOUN_SUBJECT_RE = re.compile(
    r"(?:(?<![a-z])(?:it|they|that)(?:[ \u00a0][a-z']+)?|(?<![a-z])(?:before|after|then|and|while|until)|,"
    # "while those on aluminum rose to 20%", "; China's fell to 10%": a demonstrative or a bare possessive
    # stands for the noun named before.
    r"|(?<![a-z])(?:those|these)(?:[ \u00a0](?:on|for|of|from)[ \u00a0][a-z.-]+(?:[ \u00a0][a-z.-]+)?)?"
    r"|(?<![a-z])[a-z.]+(?:'s|’s)(?:[ \u00a0]own)?)"
    r"[ \u00a0]\Z"
)
PRONOUN_OBJECT_RE = re.compile(r"[ \u00a0](?:them|it|those|these)(?![a-z])")
#: The object of a movement verb between it and the number: "halved tariffs to", "cut the levy to".
MOVE_OBJECT_RE = re.compile(
    r"[ \u00a0](?:the[ \u00a0]|its[ \u00a0]|their[ \u00a0]|those[ \u00a0])?(?:[a-z\"'“”-]+[ \u00a0]){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?![a-z])"
)
#: What a number is added to: "adds 40 percentage points to the 10% baseline duty", "would have added 10% or
#: 5% to existing rates" (a tariff increment), unlike "added 0.3 points to inflation".
ADDED_TO_RE = re.compile(
    # "adds 34 percentage points to the 20% already in place": points added to a bare rate.
    r"[ \u00a0]+(?:on)?to[ \u00a0]+(?:the|its|their|existing|current)[ \u00a0]+[0-9.]+[ \u00a0]?"
    r"(?:%|percent|per[ \u00a0]cent)(?=[ \u00a0]*(?:[.,;:]|\Z|already|imposed|levied|in[ \u00a0]place"
    r"|in[ \u00a0]force|announced|set[ \u00a0]))"
    r"|[ \u00a0]+(?:on)?to[ \u00a0]+(?:(?:the|its|their|a|an|existing|current|all|any)[ \u00a0]+)?"
    r"(?:[0-9.]+[ \u00a0]?(?:%|percent|per[ \u00a0]cent)[ \u00a0]+)?(?:[a-z\"'“”-]+[ \u00a0]+){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|baseline|" + _RATE_LOOKBEHIND + r"rates?)(?![a-z-])"
)
#: The object of a movement verb after the number: "halve to 7.5% the 15% tariff", "halve, to 7.5%, the".
MOVE_OBJECT_AFTER_RE = re.compile(
    r",?[ \u00a0]+(?:the|its|their|a|an)[ \u00a0](?:[0-9.]+[ \u00a0]?(?:%|percent|per cent)[ \u00a0])?"
    r"(?:[a-z\"'“”-]+[ \u00a0]){0,2}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)(?![a-z])"
)

# --- clause boundaries -----------------------------------------------------------------------------

#: Where a clause starts or ends inside a sentence: cues beyond these do not govern a candidate.
# Every alternative starts with a literal character, so the engine skips plain text quickly; an en dash
# must be spaced (" – "), because "10–25%" is a range, not a clause break.
CLAUSE_BREAK_RE = re.compile(
    r";|:(?=\s)|—|–(?<= –)(?= )|--|\(|\)|, (?=(?:while|whereas|but|although|though|which|who|and the|as|after"
    r"|when|since|because|compared with|compared to|up from|down from|versus"
    # "..., which it had suspended earlier this year, with effect from Dec. 15": the start date belongs to
    # the main clause, not to the relative clause before it.
    r"|with effect from|with effect on)(?![a-z]))"
)

# --- calendar --------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90, "several": 0, "few": 0,
}  # fmt: skip

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Spelled-out numbers a percent can take ("ten percent", "twenty-five per cent", "one hundred percent").
SPELLED_PERCENTS: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS, 1)},
    **{word: value for value, word in enumerate(_TEENS, 10)},
    **{tens: 10 * step for step, tens in enumerate(_TENS, 2)},
    **{f"{tens}-{unit}": 10 * step + value for step, tens in enumerate(_TENS, 2)
       for value, unit in enumerate(_UNITS, 1)},
    "hundred": 100, "one-hundred": 100,
    # "a tariff rate of zero per cent": a rate a deal brings down to nothing is a rate too.
    "zero": 0,
}  # fmt: skip
#: The words after a spelled-out percent, found with ``str.find`` on the lower-cased body ("percent" also
#: finds "-percent"; the character before it is checked).
SPELLED_PERCENT_UNITS = ("percent", "per cent")

_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


#: Numbers and calendar words. Each digit is its own literal alternative (a character class would stop the
#: engine from prefiltering), so this can share one pass with the sentence boundaries.
# A number keeps a "." or "," only between digits, so the full stop after "March 1." stays a boundary.
ANCHOR_ALTERNATIVES = (
    "|".join(f"{digit}(?:[0-9]|[.,](?=[0-9]))*" for digit in "0123456789")
    + "|"
    + first_letter_alternation([*_MONTH_NAMES.split("|"), *_WEEKDAY_NAMES.split("|")])
)
#: Lower-case anchors, found by the body scan of the lower-cased body (``ContextCache.occurrences``).
RELATIVE_ANCHORS = ("end of", "year-end", "next ", "this ", "tomorrow", "today")
DURATION_ANCHORS = ("days", "weeks", "months", "years", "-day")
#: Anchors of RELATIVE_ANCHORS/DURATION_ANCHORS found through a shared stem instead: "year" finds "years" and
#: "year-end", "day" finds "days", "-day" and "today"; "this "/"next " open a relative phrase only before
#: "month" or "year", so they are found through those stems.
SHARED_DATE_ANCHORS = frozenset({"year-end", "years", "days", "-day", "this ", "next ", "months", "today"})
#: What the deadline finder looks for in the lower-cased body: the anchors of their own and the stems.
SCANNED_DATE_ANCHORS = (
    *(anchor for anchor in (*RELATIVE_ANCHORS, *DURATION_ANCHORS) if anchor not in SHARED_DATE_ANCHORS),
    "year",
    "month",
    "day",
)

#: Parsed at a month-name anchor: "March 1", "Jan. 1, 2019", "Sept. 1st", "September 2019", "March".
MONTH_DATE_RE = re.compile(
    r"(?P<month>" + _MONTH_NAMES + r")(?![A-Za-z])(?P<dot>\.)?"
    r"(?:[ \u00a0]+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9A-Za-z]|[:.][0-9]))?"
    r"(?:,?[ \u00a0]+(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?"
)
#: "1 March" / "1st March" written day-first: looked for just before a month anchor.
DAY_BEFORE_MONTH_RE = re.compile(r"(?<![0-9])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?: of)?[ \u00a0]+\Z")
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
#: Spelled-out ordinals of the days of a month, as spoken copy writes dates ("the first of September",
#: "January first", "the fifteenth of December").
ORDINAL_DAYS: dict[str, int] = {
    **{word: value for value, word in enumerate(_ORDINAL_UNITS, 1)},
    **{word: value for value, word in enumerate(
        ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
         "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty-{word}": 20 + value for value, word in enumerate(_ORDINAL_UNITS, 1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
_ORDINAL_ALTERNATION = "|".join(sorted(ORDINAL_DAYS, key=lambda word: (-len(word), word)))
#: A spelled ordinal day before a month: "the first of September", "the 15th of" is DAY_BEFORE_MONTH_RE's.
ORDINAL_BEFORE_MONTH_RE = re.compile(
    r"(?<![a-z])(?:the[ \u00a0]+)?(?P<ordinal>" + _ORDINAL_ALTERNATION + r")[ \u00a0]+of[ \u00a0]+\Z",
    re.IGNORECASE,
)
#: A spelled ordinal day after a month: "January first", "June the first" — not "March first-quarter
#: sales" nor the ordinal of a noun ("August third round").
ORDINAL_AFTER_MONTH_RE = re.compile(
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?P<ordinal>" + _ORDINAL_ALTERNATION + r")(?![a-z-])"
    r"(?![ \u00a0]+(?:quarter|half|round|time|phase|tranche|list|batch|stage|wave|step|year|week|day|month"
    r"|place|term|reading|increase|hike|of)(?![a-z]))",
    re.IGNORECASE,
)
_YEAR_TAILS = {word.replace("-", " "): value for word, value in SPELLED_PERCENTS.items() if 10 <= value <= 29}
#: Years as spoken copy writes them after a date: "twenty eighteen", "twenty twenty-five", "two thousand
#: and nineteen" (the 2010s and 2020s, the years of this trade war; the 2020s are said "twenty twenty-…").
#: Keyed by their words joined by single spaces: hyphens and no-break spaces between them vary.
SPOKEN_YEARS: dict[str, int] = {
    **{"twenty " + tail: 2000 + value for tail, value in _YEAR_TAILS.items()},
    **{"two thousand " + tail: 2000 + value for tail, value in _YEAR_TAILS.items() if value < 20},
    **{"two thousand and " + tail: 2000 + value for tail, value in _YEAR_TAILS.items() if value < 20},
}
_SPOKEN_YEAR_ALTERNATION = "|".join(
    word.replace(" ", r"[ \u00a0-]") for word in sorted(SPOKEN_YEARS, key=lambda word: (-len(word), word))
)
#: After a date: a spoken year ("the twenty-third of March, twenty eighteen") or a year named relative to
#: the article's ("the first of June last year", "March 23 next year").
YEAR_AFTER_DATE_RE = re.compile(
    r"(?:,?[ \u00a0]+(?P<spoken>" + _SPOKEN_YEAR_ALTERNATION + r")"
    r"|[ \u00a0]+(?P<relative>last|next|this)[ \u00a0]+year)(?![a-z-])",
    re.IGNORECASE,
)
#: Before a weekday: a direction spoken copy gives it ("last Saturday", "this coming Monday", "a week from
#: Monday").
WEEKDAY_DIRECTION_RE = re.compile(
    r"(?<![a-z])(?<!the[ \u00a0])(?P<direction>last|this[ \u00a0]+coming|coming"
    r"|(?:a|one)[ \u00a0]+week[ \u00a0]+from(?:[ \u00a0]+(?:this|next))?)[ \u00a0]+\Z",
    re.IGNORECASE,
)
#: Modifiers before a month: "mid-February", "late February", "the end of March", "end-March".
MONTH_MODIFIER_RE = re.compile(
    r"(?P<mod>(?:the )?(?:very )?(?:end of|end-|beginning of|start of|middle of|mid-|mid |early |late )"
    r"(?:[ \u00a0]?))\Z"
)
#: Words that must precede an ambiguous month name ("May", "March") for it to be a date.
MONTH_PREPOSITION_RE = re.compile(
    r"(?:in|by|until|till|from|since|before|after|early|late|mid-|end of|of|through|on|during|starting"
    r"|beginning|next|this|last|effective)[ \u00a0]+\Z|mid-\Z"
)

WEEKDAY_RE = re.compile(r"(?P<weekday>" + _WEEKDAY_NAMES + r")(?![A-Za-z])")

#: Relative phrases, parsed at an anchor.
RELATIVE_RE = re.compile(
    r"(?P<end>(?:end of|End of)[ \u00a0]+(?:the[ \u00a0]+|this[ \u00a0]+|next[ \u00a0]+)?"
    r"(?P<end_unit>year|month|(?:19|20)[0-9]{2})(?![a-z]))"
    r"|(?P<yearend>year-end)(?![a-z])"
    r"|(?P<next>next[ \u00a0]+(?P<next_unit>month|year))(?![a-z])"
    r"|(?P<this>(?:this|later this)[ \u00a0]+(?P<this_unit>month|year))(?![a-z])"
    r"|(?P<tomorrow>tomorrow)(?![a-z])"
    r"|(?P<today>today)(?![a-z'’])"
)

#: Durations counted from the article date: "within 90 days", "in two weeks", "90-day". Looked for just
#: before a "days"/"weeks"/"months"/"-day" anchor.
DURATION_BEFORE_RE = re.compile(
    r"(?P<prep>within|in|after|for|of|over|next|another|extra|additional)?[ \u00a0]*"
    # "for an initial 90 days", "within the next 90 days", "for a further 90 days"
    r"(?P<fill>(?:(?:an?|the|another|a further|further|additional|initial|extra|next|coming|up to|at least"
    r"|at most|as many as|about|around|roughly|some|(?:a|the)[ \u00a0]+(?:period|window|span)[ \u00a0]+of)"
    r"[ \u00a0]+)*)"
    r"(?P<count>[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|sixty|ninety|forty-five)[ \u00a0-]*(?:calendar[ \u00a0]+)?\Z"
)

#: The preposition before a year: "by 2025", "starting in 2026" is "in 2026".
YEAR_PREPOSITION_RE = re.compile(
    r"(?<![a-z])(?P<prep>by|in|until|till|before|through|from|after|starting|beginning)[ \u00a0]+\Z"
)

# --- deadline cues ---------------------------------------------------------------------------------

#: Cues to the LEFT of a date (run on the lower-cased clause before it). Categories:
#: ``planned`` - a plan stated in the past ("had been due to", "was set to"): the date may be either side
#: of the article date; ``past`` - a past-tense report ("met", "imposed", "said on Thursday");
#: ``event`` - a meeting, visit, summit, hearing, signing or talks; ``future`` - a verb or noun of a
#: due date or a coming action; ``tariff`` - a tariff noun, which says what but not when.
DATE_CUES = CueSet(
    {
        "planned": [
            *(f"{aux} {adverb}{plan}" for aux in ("had been", "was", "were")
              for adverb in ("", "originally ", "initially ", "previously ", "first ")
              for plan in ("due", "set", "scheduled", "slated", "supposed", "expected", "planned")),
            "originally", "initially", "previously scheduled",
            "had planned", "had scheduled", "had set", "had intended", "had slated",
            # "was to be hit within 21 days": a plan stated in the past.
            "was to be", "were to be", "was to have been", "were to have been", "was to have", "were to have",
            # "a first list worth C$30 billion that was also to have applied on Tuesday".
            "also to have", "to have been",
        ],
        "past": [
            "took effect", "went into effect", "came into force", "came into effect", "kicked in",
            "entered into force", "went into force", "became effective", "lapsed", "was",
            "were",
            "had been", "declared", "agreed", "reached", "concluded", "began", "started", "ended", "expired",
            "imposed", "launched", "last", "ago", "since", "earlier", "previously", "already", "announced",
            "unveiled", "published", "released", "introduced", "raised", "hiked", "slapped", "retaliated",
            "signed", "met", "said", "says", "told", "tweeted", "wrote", "added", "noted", "reported",
            "posted",
            "spoke", "testified", "visited", "hosted", "returned", "threatened", "warned", "postponed",
            "delayed",
            "extended", "suspended", "paused", "deferred", "pushed back", "missed", "passed", "applied",
            "rose", "risen",
            "fell", "grew", "dropped", "declined", "jumped", "climbed", "slumped", "plunged", "gained",
            "surged",
            "increased", "decreased", "contracted", "expanded", "shrank", "recorded", "showed", "collected",
            "lowered", "lifted", "removed", "doubled", "tripled", "halved", "proposed", "approved", "decided",
            "had", "floated", "mooted", "placed", "opened", "initiated", "launched",
            "voted", "confirmed", "finalized", "finalised", "filed", "issued", "ordered", "authorized",
            "authorised", "adopted", "endorsed", "rejected", "accepted", "completed", "welcomed", "urged",
            # Rulings, awards and market reactions report the past: "ruled on 2 October", "the authorisation
            # granted by the WTO on 13 October", "sent global stocks tumbling on Monday".
            "ruled", "granted", "awarded", "sent",
            # A court's order: "directed the government to issue the orders ... within 10 calendar days".
            "directed", "instructed",
            # "the tariffs that the United States put in place on June 1".
            "put in place", "implemented",
        ],
        "event": [
            "held", "hold", "holds", "holding", "take place", "takes place", "took place", "meeting",
            "meetings",
            "meet", "meets", "visit*", "summit*", "hearing*", "signing", "sign", "talks", "negotiat*",
            "election*",
            "vote", "voting", "trip", "conference", "forum", "dinner", "ceremony", "gathering", "session",
            "speech",
            "interview", "rally", "g20", "g-20", "g7", "g-7", "testimony", "testify", "report", "data",
            "figures",
            "statement", "travel*", "arriv*", "host", "round of talks", "round of negotiations",
            "discussion", "discussions", "consultation",
            "consultations", "call", "phone call", "gala", "parade", "holiday", "festival", "anniversary",
            "inauguration", "earnings", "results", "auction", "poll", "birthday", "press", "speak", "speaks",
            "speaking", "go out", "goes out", "going out", "send out", "sends out", "sending out", "sent out",
            "cost", "costs", "costing", "rules on", "rule on", "ruling", "rulings", "verdict",
            # An arbitrator's award is a ruling: "expecting its own award ... in the first half of next year".
            "award", "awards",
            # A court or panel to rule: "the WTO is expected to rule early next year on how much".
            "to rule", "will rule", "would rule", "could rule", "expected to rule", "due to rule",
            "set to rule",
            # An announcement is news, not a tariff taking effect: "may announce a compromise tomorrow".
            "announce", "announces", "announcing",
            # A plan or a report handed over: "is scheduled to deliver a border security plan on Feb. 1".
            "deliver", "delivers", "delivering",
            "return", "returns", "returning", "inaugurat*", "take office", "takes office", "took office",
            "sworn in", "leave", "leaves", "leaving", "brexit", "deal",
            # A legislature's acts: "the ratification was expected to proceed in Mexico's Senate next month".
            "ratif*", "senate", "parliament", "congress", "legislature",
            # A decision is dated by its date ("China's decision in March to impose tariffs"); a decision that
            # is due ("a decision is due by March 1") is a due date, which outranks events.
            "decision", "decisions",
            # A court hearing a case: "The justices hear arguments on Nov. 5".
            "hear", "hears", "heard", "argument", "arguments",
        ],
        "future": [
            "on hold", "hold off", "holds off", "holding off", "held off",
            # A window closes like a deadline: "giving negotiators a window that ... closes on March 1".
            "deadline", "window", "due", "take effect", "takes effect", "taking effect", "into effect",
            "into force", "kick in", "kicks in", "start*", "begin*", "effective", "expir*", "set to",
            "set for",
            "scheduled", "slated", "will", "would", "could", "threat", "threaten", "threatens", "threatening",
            "warn", "warns", "warning", "extend", "extends", "extending", "delay", "delays", "delaying",
            "postpone", "postpones", "postponing", "push back", "pushes back", "pushing back", "defer",
            "defers",
            "impose", "imposing", "raise", "raising", "hike", "hiking", "increase", "increasing", "escalat*",
            "pause", "pauses", "pausing", "suspend", "suspends", "suspending", "plan", "plans", "planning",
            "expect", "expects", "expecting", "expected to", "must", "until", "slash", "slashes", "slashing",
            "unless", "ultimatum", "apply", "applies", "lift", "lifting", "remove", "removing",
            # Phasing a tariff in or out (not the noun: "signed the first phase of a trade agreement").
            "phase in", "phase out", "phases in", "phases out", "phase-in", "phase-out", "phased", "phasing",
            "cut",
            "cuts", "cutting", "reduce", "reducing", "lower", "lowering", "may", "might", "go up", "rise",
            "rises",
            "double", "triple", "snap back", "going up", "goes up", "going to", "is going", "are going",
            "lapse",
            "lasting", "last until", "runs until", "run until", "rising", "climbing", "rising to", "climb",
            "climbs",
            # A period's end: "for a period ending on August 12", "a truce that runs through Nov. 10".
            "ending on", "ends on", "end on", "running until", "runs through", "run through", "ends",
            "running through",
            # "another levy on car parts follows next month": a measure that comes after one in force.
            "follow", "follows",
            # The new date of a postponement is ahead even when the move is reported in the past tense.
            "moved to", "moved back to", "pushed to", "pushed back to", "shifted to", "bumped to",
        ],
        # Purchase commitments ("agreed to buy 12 million tons of soybeans by the end of the year"): their due
        # dates are not tariff deadlines, whatever the preposition.
        "purchase": ["buy", "buys", "buying", "bought", "purchas*", "procure*"],
        "tariff": [
            "tariff*", "duty", "duties", "levy", "levies", "truce", "reprieve", "exempt*", "grace period",
            "countermeasures", "retaliat*", "surcharge", "surcharges",
        ],
    }
)  # fmt: skip

#: The noun right after a date decides it outright: "the March 1 deadline" versus "the Dec. 1 meeting".
DATE_RIGHT_NOUN_RE = re.compile(
    r"(?:'s|’s)?[ \u00a0]*(?:(?:trade|tariff|g-?20|leaders'?|bilateral|white house|state|planned|annual"
    r"|ministerial|presidential|general|midterm|congressional|public|high-level|face-to-face|formal|official"
    r"|first|second|next|final|us|u\.s\.|eu|china|[a-z]+-[a-z]+)[ \u00a0]+){0,2}"
    r"(?:(?P<deadline>deadline|target date|cutoff|cut-off|start|expiry|expiration|effective date|start date"
    r"|implementation)"
    r"|(?P<event>meeting|meetings|summit|visit|hearing|hearings|signing|talks|election|elections|vote"
    r"|conference|forum|dinner|ceremony|session|speech|rally|trip|call|deal|agreement|announcement"
    r"|report|data|figures|release|strategy|plan|goal|target|program|programme|initiative|vision"
    r"|agenda|campaign|gathering|inauguration|address|market|markets|open|opening|close|trading"
    # "the 25% in the July letter": the date a message or a survey bears.
    r"|letters?|statement|tweet|post|interview|survey|poll"
    # "under the July executive order", "the April 2 proclamation": the date a legal instrument bears.
    r"|(?:executive[ \u00a0]+)?order|proclamation|decree|memorandum|memo"
    # "the December round" of tariffs is a tranche taking effect; "a round of talks" is an event.
    r"|round(?=[ \u00a0]+of[ \u00a0]+(?:trade[ \u00a0]+)?(?:talks|negotiations|discussions|meetings"
    r"|consultations))"
    # "their year-end targets for the S&P 500": a period's forecasts are no deadline.
    r"|forecast|estimate|projection|outlook))"
    r"s?(?![a-z])"
)

# The markers below are searched over whole sentences: branched by first letter (first_letter_alternation).
_PAST_MARKERS = [
    "last (?:week|month|year)", "ago", "earlier this (?:week|month|year)", "previously", "in the past",
    "took effect", "went into effect", "came into force", "were imposed", "was imposed", "were raised",
    "was raised",
]  # fmt: skip
#: Markers of a report about the past; "said on Thursday" is when somebody spoke, not a deadline.
PAST_MARKERS_RE = re.compile(r"(?<![a-z])(?:" + first_letter_alternation(_PAST_MARKERS) + r")(?![a-z])")
FUTURE_MARKERS_RE = re.compile(
    r"(?<![a-z])(?:"
    + first_letter_alternation(
        r"will|would|could|may|might|shall|set to|is due|are due|due to|scheduled|slated|plans?"
        r"|planned|expected|take effect|takes effect|kick in|kicks in|go into effect|goes into effect"
        r"|threat\w*|warn\w*|unless|until|by|before|next|upcoming|coming|must|starting|effective|from|begin"
        r"|begins|start|starts".split("|")
    )
    + r")(?![a-z])"
)

#: Before a date in a postponement sentence, these make it the OLD date.
OLD_DATE_LEFT_RE = re.compile(
    r"(?:originally|initially|previously|first (?:due|set|scheduled|planned)"
    r"|had (?:also |already |both )?been"
    r"|(?:was|were) (?:first |originally |initially |also )?"
    r"(?:due|set|scheduled|supposed|planned|to be|to have)"
    r"|instead of|rather than|had planned|had scheduled|had set)[^;]{0,40}\Z"
)
NEW_DATE_PREPOSITION_RE = re.compile(
    r"(?:to|until|till|through|into|for)[ \u00a0]+(?:(?:the|next|at least|up to|another|a further|an initial"
    r"|about)[ \u00a0]+)*\Z"
)

#: Datelines ("WASHINGTON, Jan 31 (Reuters) -"), bylines with a clock time, photo credits.
DATELINE_AFTER_RE = re.compile(
    r",?[ \u00a0]*(?:\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|UPI|Dow Jones|dpa|CNN|IANS|PTI)\)"
    # "New Delhi, June 23: India will ...": Indian and Pakistani papers close a dateline with a colon.
    r"|[0-9]{1,2}[:.][0-9]{2}|[ \u00a0]*(?:-|–|—)[ \u00a0]|:[ \u00a0]|/)"
)
DATELINE_BEFORE_RE = re.compile(r"\A[A-Z][A-Z .'-]{2,},?[ \u00a0]*(?:\w+[ \u00a0]*)?\Z")
PLAN_NAME_BEFORE_RE = re.compile(
    r"(?:Made in China|Vision|Agenda|Plan|Strategy|Program|Programme)[ \u00a0]+\Z"
)
