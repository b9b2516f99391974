"""Patterns that look for a word they cannot match without before they run.

Reading a reply tries it against a few thousand regular expressions, and most of them find
nothing: a Swedish reply meets every German phrase list, a short "yes" every long form. A
regex engine walks the whole text to say so. ``screened`` reads a pattern's parse tree once
and works out literal strings of which at least one must occur in any text it matches
(``(?:den|die) Lead (?:nehmen|übernehmen)`` needs "nehmen" or "übernehmen"). A search in a
text that holds none of them returns "no match" at once; a substring test is many times
cheaper than the engine's walk.

The screen only ever skips a search that could not match: every letter is compared in its
case-folded class, the classes built from the same simple case mapping (plus every upper
case that is one letter, so "ſ", "K" and "ı" fold with s, k and i) that ``re`` uses under
IGNORECASE. A pattern with no usable literal is returned as it is.
"""

from __future__ import annotations

import _sre
import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # the parser is private; without it nothing is screened
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python without re._parser
    _parser = None

#: more alternatives than this make a screen as slow as the search it saves
MOST_ALTERNATIVES = 5000
#: up to this many literals are looked for one by one, more through one trie pattern
_ONE_BY_ONE = 3
#: a literal shorter than this is in nearly every text
SHORTEST = 3
#: the most strings one node's exact form may spell before it counts as "anything"
_MOST_SPELLINGS = 64


def _case_classes() -> dict[int, str]:
    """Each cased code point → one representative of everything it may match under
    IGNORECASE; for a class holding an ASCII lower-case letter, that letter, so an ASCII
    text's folded form is its ``lower()``."""
    parent: dict[int, int] = {}

    def find(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for c in range(sys.maxunicode + 1):
        lower = _sre.unicode_tolower(c)
        if lower != c:
            union(c, lower)
        upper = chr(c).upper()
        if len(upper) == 1 and ord(upper) != c:
            union(c, ord(upper))
    members: dict[int, list[int]] = {}
    for c in parent:
        members.setdefault(find(c), []).append(c)
    table = {}
    for root, chars in members.items():
        chars.append(root)
        lower = [c for c in chars if 0x61 <= c <= 0x7A] or \
            sorted(c for c in chars if chr(c).islower()) or chars
        rep = chr(min(lower))
        table.update({c: rep for c in chars if chr(c) != rep})
    return table


_FOLD = _case_classes()
#: letters whose ``str.lower()`` is not their class's representative ("İ" lowers to two
#: letters, "ſ" to itself, "Σ" to "ς" at a word's end): a text with none of them folds by
#: ``lower()``, which is many times faster than ``translate``
#: (only a cased letter can lower to something else, and each is a key or a value of _FOLD)
_LOWER_DIFFERS = re.compile("[" + "".join(sorted(
    re.escape(char) for char in {*map(chr, _FOLD), *_FOLD.values(), *"Σσς"}
    if char.lower() != _FOLD.get(ord(char), char) or char in "Σσς")) + "]")
_FOLDED: dict[str, str] = {}


def folded(text: str) -> str:
    """``text`` with every letter replaced by its case class's representative."""
    found = _FOLDED.get(text)
    if found is None:
        found = text.translate(_FOLD) if _LOWER_DIFFERS.search(text) else text.lower()
        if len(_FOLDED) > 64:  # the texts of one reading; older ones are not asked again
            _FOLDED.clear()
        _FOLDED[text] = found
    return found


class Screened:
    """A compiled pattern that first checks its required literals (same methods)."""

    __slots__ = ("_pattern", "needs", "_any_need")

    def __init__(self, pattern: re.Pattern, needs: tuple[str, ...]) -> None:
        self._pattern = pattern
        self.needs = needs
        self._any_need = None if len(needs) <= _ONE_BY_ONE else re.compile(_trie(needs))

    def _possible(self, string: str) -> bool:
        if not isinstance(string, str):
            return True
        text = folded(string)
        if self._any_need is not None:
            return self._any_need.search(text) is not None
        return any(need in text for need in self.needs)

    def search(self, string: str, *args: Any) -> re.Match | None:
        return self._pattern.search(string, *args) if self._possible(string) else None

    def match(self, string: str, *args: Any) -> re.Match | None:
        return self._pattern.match(string, *args) if self._possible(string) else None

    def fullmatch(self, string: str, *args: Any) -> re.Match | None:
        return self._pattern.fullmatch(string, *args) if self._possible(string) else None

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match]:
        return self._pattern.finditer(string, *args) if self._possible(string) else iter(())

    def findall(self, string: str, *args: Any) -> list:
        return self._pattern.findall(string, *args) if self._possible(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._pattern.sub(repl, string, count) if self._possible(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self._pattern.subn(repl, string, count) if self._possible(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._pattern.split(string, maxsplit) if self._possible(string) else [string]

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, groupindex
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Screened({self._pattern!r}, needs={self.needs!r})"


def screened(pattern: re.Pattern) -> re.Pattern | Screened:
    """``pattern`` behind a screen of the literals it cannot match without, or ``pattern``
    itself when it has none worth checking."""
    needs = required(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None
    return pattern if needs is None else Screened(pattern, needs)


def required(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded literals of which any text ``source`` matches holds at least one, or None."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(source, flags)
    except (re.error, RecursionError):
        return None
    need = _Need.of_sequence(tree)[1]
    if need is None or min(map(len, need)) < SHORTEST or len(need) > MOST_ALTERNATIVES:
        return None
    return tuple(sorted(need, key=len))


def _trie(needs: tuple[str, ...]) -> str:
    """One pattern for any of ``needs``, shared prefixes written once ("ab(?:c|d)"): the
    engine then tries each letter of the text against one class of first letters."""
    tree: dict = {}
    for need in needs:
        node = tree
        for char in need:
            node = node.setdefault(char, {})
        node[""] = {}

    def spelled(node: dict) -> str:
        if "" in node:  # no need is a prefix of another (``_least``): this is a leaf
            return ""
        parts = [re.escape(char) + spelled(child) for char, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return spelled(tree)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MOST_SPELLINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The cheaper and more selective of two requirements: past six letters a literal is
    rare enough, so fewer strings to test count before longer ones."""
    if a is None or b is None:
        return _least(a if b is None else b)
    a, b = _least(a), _least(b)
    return a if _score(a) >= _score(b) else b


def _least(need: frozenset[str] | None) -> frozenset[str] | None:
    """``need`` without the strings that hold another of its strings ("bar" for "foobar")."""
    if need is None or len(need) < 2:
        return need
    return frozenset(s for s in need if not any(o != s and o in s for o in need))


def _score(need: frozenset[str]) -> tuple[int, int, int]:
    shortest = min(map(len, need))
    return min(shortest, 6), -len(need), shortest


class _Need:
    """Each node's (exact, need): ``exact`` the finite set of strings it can match (folded),
    or None; ``need`` a set of which any match holds one, or None."""

    @staticmethod
    def of_sequence(items: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        exact: frozenset[str] | None = frozenset({""})
        run: frozenset[str] | None = frozenset({""})  # the exact strings spelled so far
        best = None
        for op, av in items:
            node_exact, node_need = _Need.of_node(op, av)
            best = _better(best, node_need)
            exact = _product(exact, node_exact) if exact is not None and node_exact else None
            if node_exact is None:
                best, run = _better(best, run), frozenset({""})
                continue
            joined = _product(run, node_exact)
            if joined is None:
                best, joined = _better(best, run), node_exact
            run = joined
        best = _better(best, run)
        best = _better(best, exact)
        if best is not None and min(map(len, best)) == 0:
            best = None
        return exact, best

    @staticmethod
    def of_node(op: Any, av: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if op is _c.LITERAL:
            return frozenset({chr(av).translate(_FOLD)}), None
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return frozenset({""}), None
        if op is _c.IN:
            return _Need.of_class(av), None
        if op is _c.SUBPATTERN:
            return _Need.of_sequence(av[-1])
        if op is _c.ATOMIC_GROUP:
            return _Need.of_sequence(av)
        if op is _c.BRANCH:
            return _Need.of_branch(av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            return _Need.of_repeat(*av)
        return None, None

    @staticmethod
    def of_class(items: Any) -> frozenset[str] | None:
        chars = set()
        for op, av in items:
            if op is not _c.LITERAL:  # a range, a category or a negation
                return None
            chars.add(chr(av).translate(_FOLD))
        return frozenset(chars) if len(chars) <= 8 else None

    @staticmethod
    def of_branch(branches: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        exact: frozenset[str] | None = frozenset()
        need: frozenset[str] | None = frozenset()
        for branch in branches:
            branch_exact, branch_need = _Need.of_sequence(branch)
            exact = exact | branch_exact if exact is not None and branch_exact is not None \
                else None
            if exact is not None and len(exact) > _MOST_SPELLINGS:
                exact = None
            one = _better(branch_need, branch_exact if branch_exact and
                          min(map(len, branch_exact)) else None)
            need = need | one if need is not None and one is not None else None
        return exact, need

    @staticmethod
    def of_repeat(low: int, high: int, item: Any) -> tuple[frozenset[str] | None,
                                                          frozenset[str] | None]:
        item_exact, item_need = _Need.of_sequence(item)
        if low == 0:
            if high == 1 and item_exact is not None:
                return item_exact | {""}, None
            return None, None
        need = _better(item_need, item_exact if item_exact and min(map(len, item_exact))
                       else None)
        if low == high and item_exact is not None:
            exact: frozenset[str] | None = frozenset({""})
            for _ in range(low):
                exact = _product(exact, item_exact) if exact is not None else None
            return exact, need
        return None, need
