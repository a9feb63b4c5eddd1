"""The compact word list splits Thai exactly as newmm's own dictionary trie does."""

from pathlib import Path

import pytest
from pythainlp.corpus.common import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie

from pcc_ingest.parsers import parse
from pcc_ingest.thai.words import SortedWords, split_words, thai_dictionary

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize(
    "text",
    [
        "ค่าอาหารกลางวันสำหรับผู้เข้าร่วมอบรมแกนนำ",  # words inside longer words (อาหาร / อาหารกลางวัน)
        "ผู้สูงอายุ",  # the whole text one word, ending where the text ends
        "PM2.5 ฝุ่น",  # Latin letters and digits start no dictionary word
        "กขฃ",  # letters that start words but make none
        "",
    ],
)
def test_sorted_words_give_the_tries_prefixes_at_every_position(text: str) -> None:
    words = thai_words()
    trie, compact = Trie(words), SortedWords(words)
    for start in range(len(text)):
        assert compact.prefixes(text, start) == trie.prefixes(text, start)


def test_a_word_that_is_the_last_in_sort_order_is_found() -> None:
    compact = SortedWords(["กา", "ขา", "ขาว"])
    assert compact.prefixes("ขาวดี") == ["ขา", "ขาว"]
    assert compact.prefixes("กาขาว", 2) == ["ขา", "ขาว"]


def test_words_are_stripped_and_blank_ones_dropped_like_the_trie() -> None:
    assert len(SortedWords([" ขา ", "ขา", "  "])) == 1


@pytest.mark.parametrize(
    "name",
    ["phrae-province-2563-project.docx", "lop-buri-khok-samrong-2565-project.pdf"],
)
def test_split_words_equals_newmm_on_a_real_corpus_document(name: str) -> None:
    text = parse(CORPUS / name).text
    assert split_words(text) == word_tokenize(text, engine="newmm", keep_whitespace=False)
    assert split_words(text, keep_whitespace=True) == word_tokenize(text, engine="newmm")


def test_the_dictionary_is_loaded_once_per_process() -> None:
    assert thai_dictionary() is thai_dictionary()
    assert len(thai_dictionary()) == len({w.strip() for w in thai_words()} - {""})
