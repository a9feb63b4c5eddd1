"""Thai word splitting: PyThaiNLP's newmm over a compact copy of its dictionary.

newmm's default dictionary is a trie of Python node objects, about 76 MB in
every process that loads it, and a bulk import extracts in one process per
worker. newmm asks its dictionary one question, which words start at a
position, and a sorted tuple of the same words answers it with the same words
in the same order, so the words are identical, for about 11 MB. It is about
twice as slow per character, which only the short texts of extraction pay.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from pythainlp.corpus.common import thai_words
from pythainlp.tokenize import word_tokenize


class SortedWords:
    """A word list newmm can use as its dictionary (it only calls ``prefixes``)."""

    __slots__ = ("_words",)

    def __init__(self, words: Iterable[str]) -> None:
        # Stripped like pythainlp.util.Trie.add, so both hold the same words.
        self._words: tuple[str, ...] = tuple(sorted({w.strip() for w in words} - {""}))

    def __len__(self) -> int:
        return len(self._words)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words ``text`` has at ``start``, shortest first (as the trie gives them)."""
        words, found, low = self._words, [], 0
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            i = bisect_left(words, piece, low)
            if i == len(words) or not words[i].startswith(piece):
                break  # no word goes on with this piece
            if words[i] == piece:
                found.append(piece)
                if i + 1 == len(words) or not words[i + 1].startswith(piece):
                    break
            low = i
        return found


@cache
def thai_dictionary() -> SortedWords:
    """PyThaiNLP's Thai word list, loaded once per process."""
    return SortedWords(thai_words())


def split_words(text: str, keep_whitespace: bool = False) -> list[str]:
    """The newmm words of ``text``, exactly as ``word_tokenize(text, engine="newmm")`` gives them."""
    return word_tokenize(text, engine="newmm", custom_dict=thai_dictionary(), keep_whitespace=keep_whitespace)
