"""What a regex's matches can start with, read from its syntax tree: the index that lets the tagger try a rule only
where its first words are.

A match's *head* is its first token (a run of word characters, or one other character) and, after the non-word
characters that follow it, the start of its second token: "the" then "coming" for "the coming week". Heads are kept
as one-character regex fragments, so case folding and Unicode classes behave exactly as in the rule itself. A head
is *complete* when the token ends there ("may", not "mayor"); otherwise it is a prefix ("q" of "Q3", a digit).

The analysis is sound or gives up: every match of a pattern starts with one of its heads, and a construct it does not
follow either shortens a head to a prefix or returns None (then the tagger scans that rule over the whole text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

# private modules, but the syntax tree is what is analysed (typeshed does not describe them)
from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]

#: Heads are cut to prefixes after this many characters of one token.
MAX_TOKEN_CHARS = 24
#: A pattern with more heads than this is not indexed.
MAX_HEADS = 5000
#: Keys are kept apart by the first this-many fragments (characters) of their first token (``token_pairs_by_start``).
KEY_START_CHARS = 3

_WORD_CHAR = re.compile(r"\w")
_CATEGORIES: dict[Any, tuple[str, Kind]] = {
    _sre.CATEGORY_DIGIT: (r"\d", "word"), _sre.CATEGORY_WORD: (r"\w", "word"),
    _sre.CATEGORY_SPACE: (r"\s", "other"), _sre.CATEGORY_NOT_WORD: (r"\W", "other"),
    _sre.CATEGORY_NOT_DIGIT: (r"\D", "mixed"), _sre.CATEGORY_NOT_SPACE: (r"\S", "mixed"),
}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_UNSUPPORTED_FLAGS = re.ASCII | re.LOCALE
#: What a character can be: a word character, anything else, or either.
Kind = Literal["word", "other", "mixed"]


@dataclass(frozen=True)
class Head:
    """How a match can start: the first token's characters and whether it ends there; if it does, the second
    token's characters (``second`` None: anything may follow) and whether that one ends there."""

    first: tuple[str, ...]
    first_complete: bool
    second: tuple[str, ...] | None = None
    second_complete: bool = False


class _Opaque(Exception):
    """The analysis cannot bound the pattern's heads."""


@dataclass(frozen=True)
class _State:
    """Where the walk is: in the first token, between the tokens, or in the second; and the characters so far."""

    mode: Literal["first", "between", "second"] = "first"
    first: tuple[str, ...] = ()
    second: tuple[str, ...] = ()

    def head(self, token_ends: bool) -> Head:
        """The head read so far, ``token_ends`` saying whether the current token ends here."""
        if not self.first:
            raise _Opaque  # the pattern could match without consuming a character
        if self.mode == "first":
            return Head(self.first, token_ends)
        if self.mode == "between":
            return Head(self.first, True)
        return Head(self.first, True, self.second, token_ends)

    def then(self, fragment: str, kind: Kind) -> _State | Head:
        """The state after one more character: a new state, or the head when it is decided."""
        if kind == "mixed":
            return self.head(False)
        if self.mode == "first":
            if kind == "word":
                return _State("first", self.first + (fragment,)) if len(self.first) < MAX_TOKEN_CHARS \
                    else self.head(False)
            return _State("between", self.first) if self.first else Head((fragment,), False)
        if self.mode == "between":
            return _State("second", self.first, (fragment,)) if kind == "word" else self
        if kind == "word" and len(self.second) < MAX_TOKEN_CHARS:
            return _State("second", self.first, self.second + (fragment,))
        return self.head(kind == "other")

    def word_ends(self) -> _State | Head:
        """The state after a lookahead that forbids a word character."""
        if self.mode == "first" and self.first:
            return _State("between", self.first)
        return self.head(True) if self.mode == "second" else self


def char_class(items: Any) -> tuple[str, Kind]:
    """A parsed character class as (regex fragment, kind); ("", "mixed") for one it does not rebuild."""
    parts: list[str] = []
    kinds: set[Kind] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
            kinds.add("word" if _WORD_CHAR.match(chr(av)) else "other")
        elif op is _sre.RANGE and av[1] - av[0] <= 0x1000:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
            kinds.update("word" if _WORD_CHAR.match(chr(c)) else "other" for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            fragment, category_kind = _CATEGORIES[av]
            parts.append(fragment)
            kinds.add(category_kind)
        else:
            return "", "mixed"
    kind: Kind = "word" if kinds == {"word"} else "other" if kinds == {"other"} else "mixed"
    return "[" + "".join(parts) + "]", kind


def _one_char(op: Any, av: Any) -> tuple[str, Kind] | None:
    """A single-character op as (fragment, kind); None for other ops."""
    if op is _sre.LITERAL:
        char = chr(av)
        return re.escape(char.lower() if char.isascii() else char), "word" if _WORD_CHAR.match(char) else "other"
    if op is _sre.IN:
        return char_class(av)
    if op is _sre.ANY or op is _sre.NOT_LITERAL:
        return "", "mixed"
    return None


def _forbids_word(body: Any) -> bool:
    """Whether a lookahead body matches every word character on its own (``(?![\\w]|-\\w)``)."""
    alternatives = body[0][1][1] if len(body) == 1 and body[0][0] is _sre.BRANCH else [body]
    return any(len(alt) == 1 and alt[0][0] is _sre.IN and (_sre.CATEGORY, _sre.CATEGORY_WORD) in alt[0][1]
               and (_sre.NEGATE, None) not in alt[0][1] for alt in alternatives)


#: The rest of the pattern after the current op list: (ops, index, rest), or None at the end of the pattern.
_Rest = tuple[Any, int, Any] | None
#: The rest after the first pass through a repeated group: the head is cut there.
_CUT: _Rest = ((), 0, None)


def _walk(ops: Any, i: int, rest: _Rest, state: _State, out: set[Head]) -> None:
    """Add to ``out`` the head of every path through ``ops[i:]`` and then ``rest``, starting in ``state``."""
    while True:
        if i == len(ops):
            if rest is None or rest is _CUT:
                out.add(state.head(False))
                return
            ops, i, rest = rest
            continue
        op, av = ops[i]
        char = _one_char(op, av)
        if char is not None:
            step = state.then(*char)
            if isinstance(step, Head):
                out.add(step)
                return
            state, i = step, i + 1
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                _walk(alternative, 0, (ops, i + 1, rest), state, out)
            return
        elif op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP:
            if op is _sre.SUBPATTERN and (av[1] | av[2]) & _UNSUPPORTED_FLAGS:
                raise _Opaque
            ops, i, rest = (av if op is _sre.ATOMIC_GROUP else av[3]), 0, (ops, i + 1, rest)
        elif op in _REPEATS:
            low, high, body = av
            if low == 0:
                _walk(ops, i + 1, rest, state, out)
            if high == 0:
                return
            single = _one_char(*body[0]) if len(body) == 1 else None
            if single is not None and single[1] == "other":
                # more separators change nothing: between tokens they are skipped, and they end a token
                ops, i, rest = body, 0, (ops, i + 1, rest)
            elif single is not None and single[1] == "word":
                # a run of word characters ("\d+") stays one fragment; it is never empty, the empty case was walked
                upper = "" if high == _sre.MAXREPEAT else str(high)
                step = state.then(single[0] if high == 1 else f"{single[0]}{{{max(low, 1)},{upper}}}", "word")
                if isinstance(step, Head):
                    out.add(step)
                    return
                state, i = step, i + 1
            else:
                ops, i, rest = body, 0, (ops, i + 1, rest) if high == 1 else _CUT
        elif op is _sre.ASSERT_NOT and av[0] == 1 and _forbids_word(av[1]):
            step = state.word_ends()
            if isinstance(step, Head):
                out.add(step)
                return
            state, i = step, i + 1
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            i += 1
        else:
            out.add(state.head(False))
            return
        if len(out) > MAX_HEADS:
            raise _Opaque


def heads(pattern: re.Pattern[str]) -> frozenset[Head] | None:
    """The heads every match of ``pattern`` starts with, or None when they cannot be bounded."""
    if pattern.flags & _UNSUPPORTED_FLAGS:
        return None
    out: set[Head] = set()
    try:
        _walk(_sre_parse.parse(pattern.pattern, pattern.flags).data, 0, None, _State(), out)
    except (_Opaque, RecursionError):
        return None
    return frozenset(out)


def guard(pattern: re.Pattern[str]) -> str:
    """The class of a one-character negative lookbehind ``pattern`` starts with (``[\\w'\\-]`` for
    ``(?<![\\w'-])``): a match cannot start after such a character. "" if there is none."""
    ops = _sre_parse.parse(pattern.pattern, pattern.flags).data
    if ops and ops[0][0] is _sre.ASSERT_NOT and ops[0][1][0] == -1 and len(ops[0][1][1]) == 1:
        op, av = ops[0][1][1][0]
        return char_class(av)[0] if op is _sre.IN else ""
    return ""


def first_tokens(all_heads: Iterable[Head]) -> str:
    """A regex matching where any of the heads' first tokens starts (common prefixes shared: ``re`` tries
    alternatives one by one)."""
    return _render(_tree((h.first, "prefix" if not h.first_complete else "word") for h in all_heads))


def token_pairs(all_heads: Iterable[Head]) -> str:
    """A regex for the key ``first`` or ``first + "\\n" + second`` that the heads accept (tokens as found in a text;
    with no second token known, every head whose first token fits is accepted)."""
    seconds: dict[tuple[str, ...], set[Head] | None] = {}
    prefixes = []
    for h in all_heads:
        if not h.first_complete:
            prefixes.append((h.first, "prefix"))
        elif h.second is None:
            seconds[h.first] = None
        elif seconds.get(h.first, set()) is not None:
            seconds.setdefault(h.first, set()).add(h)  # type: ignore[union-attr]
    items: list[tuple[tuple[str, ...], Any]] = prefixes
    for first, then in seconds.items():
        if then is None:
            items.append((first, "word"))
        else:
            pairs = _render(_tree((h.second or (), "word" if h.second_complete else "prefix") for h in then))
            items.append((first, r"(?:\Z|\n" + pairs + ")"))
    return _render(_tree(items))


def token_pairs_by_start(all_heads: Iterable[Head]) -> dict[str, str]:
    """``token_pairs`` cut by how the first token starts: start -> the key of the heads whose first token starts so
    (its first ``KEY_START_CHARS`` fragments, or all of a shorter one). Each key begins with its start, so a token the
    start does not match cannot match the key: a text compiles only the keys its tokens may start."""
    groups: dict[str, list[Head]] = {}
    for h in all_heads:
        groups.setdefault("".join(h.first[:KEY_START_CHARS]), []).append(h)
    return {start: token_pairs(found) for start, found in sorted(groups.items())}


def _tree(items: Iterable[tuple[tuple[str, ...], str]]) -> dict[str | None, Any]:
    """A prefix tree of fragment sequences; the key None holds what may follow a whole sequence."""
    root: dict[str | None, Any] = {}
    for fragments, tail in items:
        node = root
        for fragment in fragments:
            node = node.setdefault(fragment, {})
        node.setdefault(None, set()).add(tail)
    return root


def _render(node: dict[str | None, Any]) -> str:
    tails: set[str] = node.get(None, set())
    if "prefix" in tails:
        return ""
    if "word" in tails:
        tails = {r"(?!\w)"}
    parts = [fragment + _render(child) for fragment, child in sorted(node.items(), key=lambda kv: kv[0] or "")
             if fragment is not None] + sorted(tails)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
