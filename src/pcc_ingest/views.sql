-- pcc-ingest views: answers to common questions, one row per record, each row naming its document
-- (document_path, document_id) and the record's place (seq, ev_*) so it can be traced to its evidence.
-- Dropped and re-created on every open, so a new version of a view replaces the old one.
-- A document's path is the first of the paths it is stored under (document_paths), else the one it was
-- first ingested from.

-- Issues each district committee chose, with the district's name (as the same document spells it, else
-- as the first document naming it does) and the fiscal year of the document.  district_code is NULL for province-wide issues.
DROP VIEW IF EXISTS v_issues_by_district_year;
CREATE VIEW v_issues_by_district_year AS
SELECT
    i.district_code,
    COALESCE(
        (SELECT d.name FROM districts d WHERE d.document_id = i.document_id AND d.code = i.district_code
         ORDER BY d.seq LIMIT 1),
        (SELECT d.name FROM districts d WHERE d.code = i.district_code ORDER BY d.document_id, d.seq LIMIT 1)
    ) AS district_name,
    doc.province_code,
    doc.fiscal_year_be,
    i.category,
    i.text,
    doc.doc_type,
    COALESCE((SELECT MIN(p.path) FROM document_paths p WHERE p.document_id = doc.id), doc.path) AS document_path,
    i.document_id,
    i.seq,
    i.ev_page,
    i.ev_table,
    i.ev_row,
    i.ev_col,
    i.ev_paragraph
FROM issues i
JOIN documents doc ON doc.id = i.document_id;

-- The budget each document plans or reports: its stated grand total where it gives one, else the sum of
-- its budget lines.  is_action_plan flags plans (doc_type action_plan) from reports of money spent.
-- The same report stored twice (a .docx and its .pdf) would count twice in a sum: duplicate_of names the
-- lowest-numbered other document with the same province, year, type and budget figures, so
-- "WHERE duplicate_of IS NULL" counts each report once.
DROP VIEW IF EXISTS v_budget_by_province_year;
CREATE VIEW v_budget_by_province_year AS
WITH lines AS (
    SELECT document_id, COUNT(*) AS n, SUM(amount_baht) AS total
    FROM budget_items
    GROUP BY document_id
),
budgets AS (
    SELECT
        doc.id AS document_id,
        doc.province_code,
        doc.fiscal_year_be,
        doc.doc_type,
        doc.doc_type = 'action_plan' AS is_action_plan,
        COALESCE(doc.budget_total_baht, l.total) AS budget_baht,
        CASE WHEN doc.budget_total_baht IS NOT NULL THEN 'stated_total' ELSE 'sum_of_lines' END AS basis,
        doc.budget_total_baht AS stated_total_baht,
        l.total AS lines_total_baht,
        COALESCE(l.n, 0) AS budget_lines,
        doc.title,
        COALESCE((SELECT MIN(p.path) FROM document_paths p WHERE p.document_id = doc.id), doc.path)
            AS document_path
    FROM documents doc
    LEFT JOIN lines l ON l.document_id = doc.id
    WHERE doc.budget_total_baht IS NOT NULL OR l.n > 0
)
SELECT
    b.province_code,
    b.fiscal_year_be,
    b.doc_type,
    b.is_action_plan,
    b.budget_baht,
    b.basis,
    b.stated_total_baht,
    b.lines_total_baht,
    b.budget_lines,
    (SELECT MIN(o.document_id) FROM budgets o
     WHERE o.document_id < b.document_id
       AND o.province_code IS b.province_code AND o.fiscal_year_be IS b.fiscal_year_be
       AND o.doc_type IS b.doc_type AND o.stated_total_baht IS b.stated_total_baht
       AND o.lines_total_baht IS b.lines_total_baht AND o.budget_lines = b.budget_lines) AS duplicate_of,
    b.title,
    b.document_path,
    b.document_id
FROM budgets b;

-- Outcomes whose achieved figure is under the target the document sets for it; gap_pct is how far under.
DROP VIEW IF EXISTS v_outcomes_below_target;
CREATE VIEW v_outcomes_below_target AS
SELECT
    o.indicator,
    o.district_code,
    COALESCE(
        (SELECT d.name FROM districts d WHERE d.document_id = o.document_id AND d.code = o.district_code
         ORDER BY d.seq LIMIT 1),
        (SELECT d.name FROM districts d WHERE d.code = o.district_code ORDER BY d.document_id, d.seq LIMIT 1)
    ) AS district_name,
    doc.province_code,
    o.year_be,
    o.value_pct,
    o.target_pct,
    ROUND(o.target_pct - o.value_pct, 2) AS gap_pct,
    o.result,
    o.denominator,
    doc.doc_type,
    COALESCE((SELECT MIN(p.path) FROM document_paths p WHERE p.document_id = doc.id), doc.path) AS document_path,
    o.document_id,
    o.seq,
    o.ev_page,
    o.ev_table,
    o.ev_row,
    o.ev_col,
    o.ev_paragraph
FROM outcomes o
JOIN documents doc ON doc.id = o.document_id
WHERE o.value_pct IS NOT NULL AND o.target_pct IS NOT NULL AND o.value_pct < o.target_pct;

-- Every block of body text with its document and place (p.3, table 2 r4 c1, ¶12): the view datasette
-- searches (metadata.json points it at the search_trigram index, whose rowid is search_rowid).
DROP VIEW IF EXISTS v_text;
CREATE VIEW v_text AS
SELECT
    b.document_id * 1048576 + b.ord AS search_rowid,
    COALESCE((SELECT MIN(p.path) FROM document_paths p WHERE p.document_id = b.document_id), doc.path)
        AS document_path,
    COALESCE(NULLIF(TRIM(
        COALESCE('p.' || b.page || ' ', '')
        || CASE WHEN b.tbl IS NOT NULL THEN 'table ' || b.tbl || ' r' || b.row || ' c' || b.col
                WHEN b.paragraph IS NOT NULL THEN '¶' || b.paragraph
                ELSE '' END
    ), ''), 'block ' || b.ord) AS place,
    b.kind,
    b.text,
    b.document_id,
    b.ord
FROM blocks b
JOIN documents doc ON doc.id = b.document_id
WHERE b.kind NOT IN ('header', 'footer');
