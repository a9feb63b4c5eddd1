-- pcc-ingest SQLite schema. Stable: downstream tools query these tables and columns.
-- Every extracted row carries its evidence: the block it was read from (blocks.ord), its page or
-- table cell, the character span inside that block's text, and the text itself.
-- The evidence-columns placeholder in each record table is expanded by store.py (ev_block … confidence).

CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,                -- the path it was first ingested from
    format TEXT NOT NULL,              -- docx | pdf | doc | html
    pages INTEGER,
    title TEXT,
    doc_type TEXT,
    province_code TEXT,
    fiscal_year_be INTEGER,
    period_start TEXT,
    period_end TEXT,
    budget_total_baht REAL,
    budget_total_in_words REAL,        -- the same total as written in Thai words, when it is
    budget_total_evidence TEXT,        -- JSON evidence object of the stated total
    facts_evidence TEXT,               -- JSON: field name -> evidence object
    ingested_at TEXT NOT NULL,
    extracted_with TEXT                -- the pcc-ingest build that read it ("0.1.0+<digest>"); another build reads it again
);
CREATE INDEX IF NOT EXISTS idx_documents_province_year ON documents (province_code, fiscal_year_be);

CREATE TABLE IF NOT EXISTS document_paths (
    path TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_document_paths_document ON document_paths (document_id);

CREATE TABLE IF NOT EXISTS blocks (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,              -- reading order, 0-based
    kind TEXT NOT NULL,                -- heading | paragraph | list_item | table_cell | header | footer
    page INTEGER,
    paragraph INTEGER,
    tbl INTEGER,
    row INTEGER,
    col INTEGER,
    parent_table INTEGER,
    list_label TEXT,
    start INTEGER NOT NULL,            -- span of text in the document's reading-order text
    end INTEGER NOT NULL,
    text TEXT NOT NULL,                -- normalised
    raw_text TEXT NOT NULL,            -- as read from the file
    from_ocr INTEGER NOT NULL DEFAULT 0,
    repaired INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    verdict TEXT NOT NULL,             -- good | repaired | needs_ocr | ocr
    reasons TEXT NOT NULL,             -- JSON list
    chars INTEGER NOT NULL,
    PRIMARY KEY (document_id, page)
);

CREATE TABLE IF NOT EXISTS districts (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_districts_code ON districts (code);

CREATE TABLE IF NOT EXISTS issues (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    district_code TEXT,
    text TEXT NOT NULL,
    category TEXT NOT NULL,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_issues_district ON issues (district_code);
CREATE INDEX IF NOT EXISTS idx_issues_category ON issues (category);

CREATE TABLE IF NOT EXISTS activities (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    start TEXT,
    end TEXT,
    participants INTEGER,
    budget_baht REAL,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE IF NOT EXISTS budget_items (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    description TEXT NOT NULL,
    amount_baht REAL NOT NULL,
    unit_cost_baht REAL,
    quantity REAL,
    source TEXT,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE IF NOT EXISTS outcomes (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    district_code TEXT,
    value_pct REAL,
    target_pct REAL,
    year_be INTEGER,
    result REAL,
    denominator REAL,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_outcomes_district_year ON outcomes (district_code, year_be);

CREATE TABLE IF NOT EXISTS counts (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    what TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    district_code TEXT,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_counts_district ON counts (district_code);

CREATE TABLE IF NOT EXISTS uccare_scores (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    district_code TEXT,
    issue TEXT,
    component TEXT NOT NULL,
    score REAL NOT NULL,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_uccare_district ON uccare_scores (district_code);

CREATE TABLE IF NOT EXISTS ingest_errors (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT,                       -- null when the file could not be read at all
    kind TEXT NOT NULL,                -- damaged | encrypted | unsupported_format | too_large | missing_tool | unreadable | error | extractor_failed (document stored, some records missing)
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_ingest_errors_path ON ingest_errors (path);

-- Auditor cross-checks (pcc-ingest check): one row per rule a document's figures break.
CREATE TABLE IF NOT EXISTS findings (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    rule TEXT NOT NULL,                -- the check's name, e.g. budget_lines_sum_to_total
    record_table TEXT,                 -- the record it concerns (budget_items, outcomes, …), if one
    record_seq INTEGER,
    message TEXT NOT NULL,
    expected TEXT,
    found TEXT,
    EVIDENCE_COLUMNS,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS idx_findings_rule ON findings (rule);
