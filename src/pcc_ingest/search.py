"""Thai full-text search over stored block text.

SQLite's FTS5 cannot split Thai into words (no spaces between them), and its
``unicode61`` tokenizer even treats Thai vowel and tone marks as separators.
So two FTS5 indexes share one rowid per block:

* ``search_trigram`` (``trigram`` tokenizer): exact substring search, so a word
  is found inside any longer run ("สูงอายุ" in "การดูแลผู้สูงอายุในเขต…"),
  whatever a word segmenter would have made of that run.  Terms of 3+ characters.
* ``search_words``: the text cut into words by PyThaiNLP ``newmm`` and joined
  by spaces, tokenized by ``unicode61`` with marks kept as word characters.
  Trigrams cannot match a term shorter than 3 characters, and a substring
  match of a 2-character Thai word ("ยา") mostly hits other words
  ("พยาบาล"), so short terms match whole segmented words here.

The rowid is ``document_id * 2**20 + ord`` (stable across VACUUM, unlike the
implicit rowid of ``blocks``).  A trigger drops a block's index rows when the
store deletes the block (re-ingest, a detached path), ``search_documents``
records which documents are indexed, and ``ensure_index`` adds the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils
from pythainlp.tokenize import word_tokenize

from pcc_ingest.model import Block
from pcc_ingest.store import block_from_row
from pcc_ingest.thai.text import normalize_text

# Rowid of a block in both indexes: document_id * ROWID_STRIDE + ord.
ROWID_STRIDE = 1 << 20
# The trigram tokenizer matches nothing shorter than this.
TRIGRAM_MIN = 3
# Substring hits often cross word boundaries ("วิตก" in "ชีวิตกลุ่ม"): this many candidates per
# wanted hit are fetched by bm25, then those whose matches are whole newmm words come first.
CANDIDATES_PER_HIT = 5
# Page headers and footers repeat on every page: indexing them would repeat every hit.
SKIPPED_KINDS = ("header", "footer")

SEARCH_DDL = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS search_trigram USING fts5 (
    text, document_id UNINDEXED, ord UNINDEXED, tokenize = 'trigram'
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_words USING fts5 (
    words, document_id UNINDEXED, ord UNINDEXED, tokenize = "unicode61 categories 'L* N* Co M*'"
);
CREATE TABLE IF NOT EXISTS search_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    ingested_at TEXT NOT NULL,
    blocks INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS search_forget_block AFTER DELETE ON blocks BEGIN
    DELETE FROM search_trigram WHERE rowid = old.document_id * {ROWID_STRIDE} + old.ord;
    DELETE FROM search_words WHERE rowid = old.document_id * {ROWID_STRIDE} + old.ord;
END;
"""

# Each term is matched as an FTS5 quoted phrase; a double quote in a query would end it early.
FTS_QUOTE_RE = re.compile('"')

# A letter or digit: a newmm word without one (punctuation) gives the words index no token.
WORD_CHAR_RE = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class IndexStats:
    """What one ``ensure_index`` run changed."""

    added_documents: int
    dropped_documents: int
    indexed_blocks: int


@dataclass(frozen=True)
class Term:
    """One whitespace-separated query term and the index that matches it."""

    text: str
    words: tuple[str, ...] = ()  # newmm words, for a term too short for trigrams

    @property
    def by_words(self) -> bool:
        return bool(self.words)


@dataclass
class Hit:
    """A block that matches every term, with where in it each term was found."""

    document_id: int
    path: str
    block: Block
    spans: list[tuple[int, int]] = field(default_factory=list)
    whole_words: bool = False  # every match starts and ends on a newmm word boundary

    @property
    def place(self) -> str:
        return self.block.locator

    def snippet(self, width: int = 40, mark: tuple[str, str] = ("«", "»")) -> str:
        """The text around the first match, every match inside it wrapped in ``mark``."""
        text = self.block.text
        if not self.spans:
            return text[: 2 * width]
        first_start, first_end = self.spans[0]
        lo, hi = max(0, first_start - width), min(len(text), first_end + width)
        out, pos = [], lo
        for s, e in self.spans:
            if s >= pos and e <= hi:
                out += [text[pos:s], mark[0], text[s:e], mark[1]]
                pos = e
        out.append(text[pos:hi])
        return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")


def create_tables(db: sqlite_utils.Database) -> None:
    """Create the (empty) index tables and the trigger that keeps deletions in step."""
    db.executescript(SEARCH_DDL)


def segment(text: str) -> list[str]:
    """The words of ``text`` by PyThaiNLP newmm, without white space."""
    return [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w.strip()]


def ensure_index(db: sqlite_utils.Database) -> IndexStats:
    """Bring the index up to date: drop documents gone or re-ingested, add new ones.

    Cheap when nothing changed (two small queries).  The trigger already drops
    the rows of deleted blocks; the sweep here also catches a database whose
    blocks were deleted with the trigger absent.
    """
    create_tables(db)
    stale = [r[0] for r in db.execute(
        "SELECT s.document_id FROM search_documents s LEFT JOIN documents d ON d.id = s.document_id "
        "WHERE d.id IS NULL OR d.ingested_at <> s.ingested_at"
    ).fetchall()]
    fresh = db.execute(
        "SELECT id, ingested_at FROM documents WHERE id NOT IN (SELECT document_id FROM search_documents) "
        "OR id IN (SELECT value FROM json_each(?)) ORDER BY id", [_json_ints(stale)]
    ).fetchall()
    blocks = 0
    with db.atomic():
        for doc_id in stale:
            _drop(db, doc_id)
        for doc_id, ingested_at in fresh:
            _drop(db, doc_id)
            n = _index_document(db, doc_id)
            db.execute("INSERT INTO search_documents (document_id, ingested_at, blocks) VALUES (?, ?, ?)",
                       [doc_id, ingested_at, n])
            blocks += n
    return IndexStats(len(fresh), len(stale), blocks)


def _json_ints(values: list[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"


def _drop(db: sqlite_utils.Database, doc_id: int) -> None:
    lo, hi = doc_id * ROWID_STRIDE, (doc_id + 1) * ROWID_STRIDE - 1
    db.execute("DELETE FROM search_trigram WHERE rowid BETWEEN ? AND ?", [lo, hi])
    db.execute("DELETE FROM search_words WHERE rowid BETWEEN ? AND ?", [lo, hi])
    db.execute("DELETE FROM search_documents WHERE document_id = ?", [doc_id])


def _index_document(db: sqlite_utils.Database, doc_id: int) -> int:
    rows = db.execute(
        f"SELECT ord, text FROM blocks WHERE document_id = ? AND text <> '' "
        f"AND kind NOT IN ({','.join('?' * len(SKIPPED_KINDS))}) ORDER BY ord",
        [doc_id, *SKIPPED_KINDS],
    ).fetchall()
    for ord_, text in rows:
        if ord_ >= ROWID_STRIDE:
            raise ValueError(f"document {doc_id} has more than {ROWID_STRIDE} blocks; the index cannot hold it")
        rowid = doc_id * ROWID_STRIDE + ord_
        db.execute("INSERT INTO search_trigram (rowid, text, document_id, ord) VALUES (?, ?, ?, ?)",
                   [rowid, text, doc_id, ord_])
        db.execute("INSERT INTO search_words (rowid, words, document_id, ord) VALUES (?, ?, ?, ?)",
                   [rowid, " ".join(segment(text)), doc_id, ord_])
    return len(rows)


def parse_query(query: str) -> list[Term]:
    """Split a query on white space into terms, normalised like stored text.

    Thai writes no spaces between words, so a space in a query separates terms
    that must all occur in the block (AND), not words of one phrase.
    """
    terms = []
    for raw in normalize_text(FTS_QUOTE_RE.sub(" ", query)).split():
        if len(raw) >= TRIGRAM_MIN:
            terms.append(Term(raw))
        else:
            words = tuple(w for w in segment(raw) if WORD_CHAR_RE.search(w))
            if words:
                terms.append(Term(raw, words))
    return terms


def _phrase(parts: tuple[str, ...] | list[str]) -> str:
    return '"' + " ".join(parts) + '"'


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[Hit]:
    """Blocks matching every term of ``query``, best first: whole-word matches, then by FTS5 bm25.

    Call ``ensure_index`` first so new documents are searchable.
    """
    terms = parse_query(query)
    if not terms:
        return []
    tri = [_phrase([t.text]) for t in terms if not t.by_words]
    wrd = [_phrase(t.words) for t in terms if t.by_words]
    if tri:
        sql = "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?"
        params: list[Any] = [" AND ".join(tri)]
        if wrd:
            sql += " AND rowid IN (SELECT rowid FROM search_words WHERE search_words MATCH ?)"
            params.append(" AND ".join(wrd))
        sql += " ORDER BY bm25(search_trigram)"
    else:
        sql = "SELECT rowid FROM search_words WHERE search_words MATCH ? ORDER BY bm25(search_words)"
        params = [" AND ".join(wrd)]
    rowids = [r[0] for r in db.execute(sql + " LIMIT ?", [*params, limit * CANDIDATES_PER_HIT]).fetchall()]
    hits = [hit for rowid in rowids if (hit := _hit(db, rowid, terms)) is not None]
    return sorted(hits, key=lambda h: not h.whole_words)[:limit]


def _hit(db: sqlite_utils.Database, rowid: int, terms: list[Term]) -> Hit | None:
    doc_id, ord_ = divmod(rowid, ROWID_STRIDE)
    row = next(db.query(
        "SELECT b.*, COALESCE((SELECT MIN(p.path) FROM document_paths p WHERE p.document_id = b.document_id), "
        "d.path) AS doc_path FROM blocks b JOIN documents d ON d.id = b.document_id "
        "WHERE b.document_id = ? AND b.ord = ?", [doc_id, ord_]), None)
    if row is None:
        return None
    block = block_from_row(row)
    spans = match_spans(block.text, terms)
    return Hit(doc_id, row["doc_path"], block, spans, _on_word_bounds(block.text, spans))


def match_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Where each term occurs in ``text``: substrings for trigram terms, whole words for short ones.

    Case is ignored, as the trigram tokenizer ignores it.
    """
    words = words_at(text) if any(t.by_words for t in terms) else []
    spans: list[tuple[int, int]] = []
    for t in terms:
        if t.by_words:
            spans += _word_spans(words, t.words)
        else:
            spans += [m.span() for m in re.finditer(re.escape(t.text), text, re.IGNORECASE)]
    return sorted(set(spans))


def words_at(text: str) -> list[tuple[str, int, int]]:
    """The newmm words of ``text`` with their spans, white space left out."""
    out, pos = [], 0
    for w in word_tokenize(text, engine="newmm", keep_whitespace=True):
        if w.strip():
            out.append((w, pos, pos + len(w)))
        pos += len(w)
    return out


def _word_spans(words: list[tuple[str, int, int]], wanted: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Spans where ``wanted`` occur as consecutive words."""
    want = [w.casefold() for w in wanted]
    for i in range(len(words) - len(want) + 1):
        if [w.casefold() for w, _, _ in words[i:i + len(want)]] == want:
            yield words[i][1], words[i + len(want) - 1][2]


def _on_word_bounds(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every span starts and ends where a newmm word does (white space counts as a bound)."""
    bounds = {0, len(text)}
    for _, s, e in words_at(text):
        bounds |= {s, e}
    return all(s in bounds and e in bounds for s, e in spans)
