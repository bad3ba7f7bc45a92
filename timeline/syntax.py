"""One analysis per sentence, read by everything downstream: tokens with their article offsets, tags, morphology,
the dependency parse, and the clauses read from it.

A sentence is parsed once (only the sentences that need it: those holding a temporal expression), by the project's
spaCy pipeline (``timeline.syntax_model``). The temporal tagger reads the tense of an expression's clause from it,
the event extractor reads which predicate a date modifies, the event's status (negation, modality, the governor that
makes it a demand or a proposal) and its actors (subject, agent, participants). There is one definition of a clause
here, used by all of them:

a clause is a predicate token (the root, or a token attached by a clausal relation: ``ccomp``, ``xcomp``, ``advcl``,
``acl``, ``acl:relcl``, ``parataxis``, ``csubj``, or a verb ``conj`` of a clause head) with every token below it that
no other clause head is between.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from timeline.sentences import CLOSING_QUOTES, OPENING_QUOTES, Sentence

#: Relations that make their dependent the head of a clause of its own.
CLAUSAL = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "advcl:relcl", "acl", "acl:relcl", "parataxis", "csubj",
                     "csubj:pass", "list"})
#: Clausal complements that share their governor's subject, tense and modality: "plans to meet"; "due to expire",
#: which the parser often reads as a clausal subject.
OPEN_COMPLEMENTS = frozenset({"xcomp", "csubj"})
#: Relations of a clause's subject.
SUBJECT = frozenset({"nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass"})
#: Dashes that set off an aside when spaced on both sides (a hyphen inside a word sets off none).
DASHES = frozenset({"-", "–", "—", "--"})
#: Parts of speech a clause can be headed by when it is a conjunct of another clause's head.
_PREDICATES = frozenset({"VERB", "AUX"})


class Word(NamedTuple):
    """A token as the analysis keeps it: article offsets, forms, tags and where it hangs in the parse. A named tuple:
    an article's parsed words are made by the ten thousand, and a frozen dataclass takes three times as long."""

    i: int
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    morph: str

    def feature(self, name: str) -> str | None:
        """One morphological feature (``Tense``, ``VerbForm``, ``Polarity``...), or None."""
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


class Parse:
    """The analysis of one sentence: its words and the clause each belongs to."""

    def __init__(self, sentence: Sentence, words: Sequence[Word]) -> None:
        self.sentence = sentence
        self.words = tuple(words)
        self._starts = [w.start for w in self.words]
        children: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head != w.i:
                children[w.head].append(w.i)
        self.children = tuple(tuple(c) for c in children)
        self.clause_of = tuple(self._clause_heads())
        self.in_quote = tuple(self._quoted())
        self.aside = tuple(self._asides())

    # ----------------------------------------------------------------- structure
    def is_clause_head(self, i: int) -> bool:
        w = self.words[i]
        if w.dep in CLAUSAL or w.head == w.i:
            return True
        return w.dep == "conj" and w.pos in _PREDICATES and self.is_clause_head(w.head)

    def _clause_heads(self) -> list[int]:
        heads: list[int] = [-1] * len(self.words)

        def find(i: int, seen: int = 0) -> int:
            if heads[i] >= 0:
                return heads[i]
            if self.is_clause_head(i) or seen > len(self.words):
                heads[i] = i
            else:
                heads[i] = find(self.words[i].head, seen + 1)
            return heads[i]

        for i in range(len(self.words)):
            find(i)
        return heads

    def _quoted(self) -> list[bool]:
        """Whether each word sits between quotation marks (curly quotes open and close; a straight quote toggles),
        from the state the sentence starts in: a quote opened by the sentence before may still be open."""
        inside, out = self.sentence.quoted, []
        for w in self.words:
            if w.text in OPENING_QUOTES:
                inside = True
            elif w.text in CLOSING_QUOTES:
                inside = False
            elif w.text == '"':
                inside = not inside
            else:
                out.append(inside)
                continue
            out.append(False)
        return out

    def _asides(self) -> list[int]:
        """For each word, the number of the aside set off by a pair of spaced dashes it sits in ("Lebanon and Israel -
        two neighbouring states formally at war - on Thursday sign"; "partly broken in May – before the six-month term
        had run out – in four departments"), counted from 1; 0 outside any aside. A lone dash opens none."""
        words = self.words
        dashes = [w.i for w in words if w.text in DASHES and 0 < w.i < len(words) - 1
                  and words[w.i - 1].end < w.start and w.end < words[w.i + 1].start]
        out = [0] * len(words)
        for n, (a, b) in enumerate(zip(dashes[::2], dashes[1::2]), start=1):
            out[a + 1:b] = [n] * (b - a - 1)
        return out

    def clause(self, i: int, with_complements: bool = False) -> list[int]:
        """The words of the clause word ``i`` belongs to, in order. ``with_complements``: the verb group, i.e. with the
        clauses of open complements (``xcomp``: "plans to meet", "is due to resume", "is expected to approve"), up to
        the verb that governs them and down to the ones they govern; they share a subject, a tense and a modality."""
        head = self.clause_of[i]
        if with_complements:  # an open complement's clause is its governor's: "is expected to approve"
            while self.words[head].dep in OPEN_COMPLEMENTS and self.words[head].head != head:
                head = self.clause_of[self.words[head].head]
        heads = {head}
        if with_complements:
            stack = list(heads)
            while stack:
                for c in self.children[stack.pop()]:
                    if self.words[c].dep in OPEN_COMPLEMENTS and c not in heads:
                        heads.add(c)
                        stack.append(c)
        return [w.i for w in self.words if self.clause_of[w.i] in heads]

    def ancestors(self, i: int) -> Iterator[int]:
        """The words above ``i``, nearest first, up to the root."""
        seen = 0
        while self.words[i].head != i and seen <= len(self.words):
            i = self.words[i].head
            seen += 1
            yield i

    def distance(self, a: int, b: int) -> int:
        """How many dependency edges lie between words ``a`` and ``b``."""
        up_a = [a, *self.ancestors(a)]
        depth = {w: n for n, w in enumerate(up_a)}
        for n, w in enumerate([b, *self.ancestors(b)]):
            if w in depth:
                return n + depth[w]
        return len(up_a) + len(self.words)

    def governing_clause(self, head: int) -> int | None:
        """The clause head a clause head hangs on (None for the root)."""
        w = self.words[head]
        return None if w.head == head else self.clause_of[w.head]

    def dependents(self, i: int, relations: Iterable[str]) -> list[int]:
        wanted = frozenset(relations)
        return [c for c in self.children[i] if self.words[c].dep in wanted]

    def dependent_words(self, i: int, relations: Iterable[str]) -> set[str]:
        """The lower-case words of ``i``'s dependents by ``relations``: its case markers or marks ("since", "to")."""
        return {self.words[c].lower for c in self.dependents(i, relations)}

    def subtree(self, i: int) -> list[int]:
        """``i`` and every word below it, in order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def comma_between(self, a: int, b: int) -> bool:
        """Whether a comma stands between words ``a`` and ``b`` (both left out)."""
        return any(self.words[k].text == "," for k in range(a + 1, b))

    def date_head(self, root: int) -> int:
        """The word a date rooted at ``root`` modifies: its head, unless the parser misread a date after a preposition
        as a subject ("truces announced in late April were violated") or as part of a name after a comma ("travel
        to Japan in June, Foreign Minister Taro Kono said"): then the word before it."""
        w = self.words[root]
        first = min(self.subtree(root))
        across = w.dep == "compound" and self.comma_between(root, w.head)
        if (w.dep in SUBJECT or across) and self.dependents(root, ("case",)) and first > 0:
            return first - 1
        return w.head

    def saying_of(self, root: int, head: int, speech: frozenset[str]) -> int:
        """The speech verb a date dates when the parser hung it on the reported clause's verb ``head`` but it stands
        between the two, before that clause's subject or mark ("said last week the details would be released", "said
        on Friday he would speak"); else ``head``. ``speech``: the lemmas of speech verbs."""
        h = self.words[head]
        saying = h.head
        if h.dep != "ccomp" or self.words[saying].lemma not in speech or not saying < root < head \
                or self.in_quote[root]:  # 'Sunak said: "This afternoon I hosted ..."': the quote's own date
            return head
        opening = [c for c in self.children[head] if self.words[c].dep in (*SUBJECT, "mark") and c != root]
        return saying if opening and root < min(opening) else head  # not the date itself read as a mark

    # ----------------------------------------------------------------- offsets
    def at(self, offset: int) -> int | None:
        """The word covering article offset ``offset`` (or starting right after it), None outside the sentence."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return 0 if self.words and offset >= self.sentence.start else None
        if self.words[k].end > offset or k + 1 >= len(self.words):
            return k
        return k + 1

    def span(self, start: int, end: int) -> list[int]:
        """The words overlapping article offsets [start, end)."""
        return [w.i for w in self.words if w.start < end and w.end > start]

    def root_of(self, start: int, end: int) -> int | None:
        """The word of [start, end) whose head lies outside it: what the span hangs from the rest by."""
        inside = self.span(start, end)
        chosen = set(inside)
        for i in inside:
            if self.words[i].head not in chosen or self.words[i].head == i:
                return i
        return inside[0] if inside else None


#: A callable that parses sentence texts into spaCy Docs (``Language.pipe``).
Parser = Callable[[Iterable[str]], Iterable[Any]]


#: The token attributes ``_words`` reads, as spaCy's attribute ids (``Doc.to_array``), filled in on first use.
_ATTRIBUTES: list[int] = []
#: ``Doc.to_array`` gives unsigned 64-bit cells: a head before its word is an offset wrapped round by 2**64.
_WRAP = (1 << 64) - 1


def _words(sentence: Sentence, doc: Any) -> list[Word]:
    """The words of a parsed sentence, read from the Doc's attribute array in one call: no Token object is made."""
    if not _ATTRIBUTES:
        from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        _ATTRIBUTES.extend((IDX, ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, MORPH))
    base, strings, words = sentence.start, doc.vocab.strings, []
    for i, (idx, orth, lower, lemma, pos, tag, dep, head, morph) in enumerate(doc.to_array(_ATTRIBUTES).tolist()):
        text, low, features = strings[orth], strings[lower], strings[morph]
        words.append(Word(i, base + idx, base + idx + len(text), text, low, strings[lemma].lower() or low,
                          strings[pos], strings[tag], strings[dep], (i + head) & _WRAP,
                          "" if features == "_" else features))  # "_": the analysis with no features
    return words


def analyse(sentences: Sequence[Sentence], parser: Parser | None = None) -> dict[int, Parse]:
    """Parse ``sentences`` (each once, one spaCy Doc per sentence), keyed by their start offset."""
    if not sentences:
        return {}
    if parser is None:
        from timeline.syntax_model import load_pipeline

        parser = load_pipeline().pipe
    docs = parser(s.text for s in sentences)
    return {s.start: Parse(s, _words(s, doc)) for s, doc in zip(sentences, docs)}
