"""Round 37 (outcomes b and issues) rules, on small strings and blocks, then on set-37 corpus files against their gold.

An issue heading closed by a bracketed note (the meeting that chose them) still opens the issue section.
A shared issue joined to a district's decision by "และ" ("… 3 ประเด็น และการดูแลกลุ่มเปราะบางเป็นประเด็นร่วม") is the district's issue; "…เป็นประเด็นร่วมของจังหวัด" is left to the province's common issue.
A table of findings ("ประเด็น | ข้อค้นพบ | ข้อเสนอแนะ") with no district column names no chosen issues.
A whole-year column ("ทั้งปี") beside quarters under a year's results label is a result of that year named "… ทั้งปี".
A heading comparing a span of years ("เปรียบเทียบปี 2564 – 2566") sets its section's year to the span's last.
A bare place name under a "ตำบล" column is named with the unit ("ตำบลโซ่"); a name already naming its unit is kept.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from issue_pairs import squashed

from pcc_ingest.extract.issues.openings import opens_issues
from pcc_ingest.extract.issues.predicated import predicated_spans
from pcc_ingest.extract.issues.tables import table_items
from pcc_ingest.extract.outcomes.row_subjects import numbered_place
from pcc_ingest.extract.outcomes.running_text import section_years
from pcc_ingest.extract.outcomes.year_parts import running_total
from pcc_ingest.extract.run import extract
from pcc_ingest.extract.table_model import Column
from pcc_ingest.model import Block, Document

SO_PHISAI = "bueng-kan-so-phisai-2566-progress.pdf"


def _para(text: str, kind: str = "paragraph") -> Block:
    return Block(kind=kind, raw_text=text, text=text, order=0, start=0, end=len(text))


def _cell(row: int, col: int, text: str) -> Block:
    return Block(kind="table_cell", raw_text=text, text=text, order=0, start=0, end=len(text),
                 table=0, row=row, col=col)


def _doc(blocks: list[Block]) -> Document:
    numbered = [b.model_copy(update={"order": i}) for i, b in enumerate(blocks)]
    return Document(path="x.docx", sha256="0", format="docx", blocks=numbered)


# --- issues ---------------------------------------------------------------------------------


def test_an_issue_heading_closed_by_a_bracketed_note_opens_the_section():
    assert opens_issues("2. ประเด็นการพัฒนาคุณภาพชีวิต ปี 2566 (มติที่ประชุม พชอ. ครั้งที่ 1/2566 เมื่อวันที่ 8 พฤศจิกายน 2565)")


def test_a_shared_issue_joined_to_the_decision_is_the_districts():
    text = "มีมติเลือกประเด็นขับเคลื่อน 3 ประเด็น และการดูแลกลุ่มเปราะบางเป็นประเด็นร่วม ดังนี้"
    assert [text[s:e] for s, e in predicated_spans(text)] == ["การดูแลกลุ่มเปราะบาง"]


def test_the_provinces_common_issue_is_not_read_as_the_districts():
    assert predicated_spans("และมีการดูแลกลุ่มเปราะบางเป็นประเด็นร่วมของจังหวัด") == []


def test_a_findings_table_names_no_chosen_issues():
    doc = _doc([
        _cell(0, 0, "ประเด็น"), _cell(0, 1, "ข้อค้นพบ"), _cell(0, 2, "ข้อเสนอแนะต่อพื้นที่"),
        _cell(1, 0, "อุบัติเหตุทางถนน"), _cell(1, 1, "อัตราสวมหมวกนิรภัยยังต่ำกว่าเป้าหมาย"),
        _cell(1, 2, "บูรณาการด่านชุมชน"),
        _cell(2, 0, "NCD"), _cell(2, 1, "ผู้ป่วยเบาหวานควบคุมน้ำตาลได้ดีเพียง 34.63%"),
        _cell(2, 2, "จัดคลินิก NCD นอกเวลา"),
    ])
    assert list(table_items(doc, "14", None)) == []


def test_an_issue_table_without_findings_is_still_read():
    doc = _doc([
        _cell(0, 0, "ประเด็น"), _cell(0, 1, "หน่วยงานหลัก"),
        _cell(1, 0, "การป้องกันอุบัติเหตุทางถนน"), _cell(1, 1, "สภ."),
    ])
    assert len(list(table_items(doc, "14", "1402"))) == 1


# --- outcomes -------------------------------------------------------------------------------


RESULTS = "ผลการดำเนินงาน ปีงบประมาณ 2566"


@pytest.mark.parametrize("label", ["ทั้งปี", "รวมทั้งปี"])
def test_a_whole_year_column_beside_quarters_is_a_result_named_by_its_label(label):
    table = SimpleNamespace(labels={5: (RESULTS, "ไตรมาส 4"), 6: (RESULTS, label)})
    q4 = Column(col=5, role="year", label=f"{RESULTS} ไตรมาส 4", year_be=2566, own="ไตรมาส 4")
    whole = Column(col=6, role="year", label=f"{RESULTS} {label}", year_be=2566, own=RESULTS)
    found = running_total(table, whole, (q4, whole))
    assert found is not None and (found.own, found.year_be) == (label, 2566)


def test_a_heading_comparing_a_span_of_years_states_its_last():
    doc = _doc([
        _para("7. ผลการดำเนินงานรายตำบล เปรียบเทียบปี 2564 – 2566", "heading"),
        _para("ผู้ผ่านการบำบัด 40 คน ติดตามครบ 1 ปี 32 คน คิดเป็นร้อยละ 80.00"),
    ])
    assert section_years(doc)[1] == 2566


@pytest.mark.parametrize(("name", "named"), [
    ("โซ่", "ตำบลโซ่"), ("ตำบลโซ่", "ตำบลโซ่"), ("ต.โซ่", "ต.โซ่"), ("รพ.สต.บ้านโซ่", "รพ.สต.บ้านโซ่"),
])
def test_a_bare_place_under_a_tambon_column_is_named_with_the_unit(name, named):
    column = Column(col=0, role="subdistrict", label="ตำบล", own="ตำบล")
    table = SimpleNamespace(column=lambda role: column if role == "subdistrict" else None)
    assert numbered_place(table, name) == named


# --- corpus files -----------------------------------------------------------------------------


def _outcome_keys(records) -> list[tuple]:
    return sorted((o["value_pct"] or 0.0, o["target_pct"] or 0.0, o["year_be"]) for o in records)


def test_a_progress_reports_quarters_and_tambon_table_match_their_gold(parsed, gold):
    # issues under "2. ประเด็น… (มติที่ประชุม…)", a quarter table with "ทั้งปี" equal to Q4, and a
    # ตำบล table headed "เปรียบเทียบปี 2564 – 2566" with its target in the header
    result = extract(parsed(SO_PHISAI))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(SO_PHISAI, "issues"))
    expected = gold(SO_PHISAI, "outcomes")
    assert _outcome_keys(o.model_dump() for o in result.outcomes) == _outcome_keys(expected)
    tambon = {g["indicator"] for g in expected if "ตำบล" in g["indicator"] or g["indicator"].endswith("ทั้งปี")}
    assert tambon <= {o.indicator for o in result.outcomes}


@pytest.mark.parametrize("name", [
    # "… 3 ประเด็น และการดูแลกลุ่มเปราะบางเป็นประเด็นร่วม ดังนี้" over a numbered list
    "pathum-thani-lat-lum-kaeo-2567-action-plan.docx",
    "pathum-thani-lat-lum-kaeo-2567-action-plan.pdf",
    # a findings table "ประเด็น | ข้อค้นพบ | ข้อเสนอแนะต่อพื้นที่" after the districts' issues
    "phra-nakhon-si-ayutthaya-province-2568-inspection.docx",
    "phra-nakhon-si-ayutthaya-province-2568-inspection.pdf",
])
def test_issues_match_their_gold(parsed, gold, name):
    result = extract(parsed(name))
    assert squashed((i.district, i.text) for i in result.issues) == squashed(
        (g["district"], g["text"]) for g in gold(name, "issues"))
