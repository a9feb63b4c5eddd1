"""Round 52 (outcomes C): a results label naming whose results they are
("ผลการดำเนินงานอำเภอตัวอย่าง (สะสม)" over "ไตรมาส 1 | ไตรมาส 2") makes its
quarter columns results of the table's year, while the province's and the
country's figures beside them ("ไตรมาส 3" over "ระดับจังหวัด | ระดับประเทศ")
stay no outcome.  A note under such a table giving the targets by the rows'
numbers ("ตัวชี้วัด 1.1 ไม่น้อยกว่าร้อยละ 90, 1.2 ไม่น้อยกว่าร้อยละ 40") gives
each numbered row its target and adds no records of its own.  A measure
named by a Latin abbreviation ("HI (%)") that the title spells out in
brackets ("ค่าดัชนีลูกน้ำยุงลาย (House Index)") is named by the title's words;
a group label's survey month ("(ธ.ค. 2566)") and its own bar ("เกณฑ์ HI ≤
10%") are no part of the name.  A before | after pair whose other rows hold
a mean and counts reads only its percentage row; its before | after labels
name no measure the text under it compares.  "มีความรู้ผ่านเกณฑ์" is what a
training measures, no target word; "ได้คะแนนตั้งแต่ร้อยละ 80 ขึ้นไป" is a
pass mark; a bound after a compared year ("ลดลงจากปี 2566 ไม่น้อยกว่าร้อยละ
20") makes the least change aimed at, a target of the document's year, and
it names a later result saying only "หรือลดลง"; an aim right before the
figure ("ให้ครบร้อยละ 90") is a target.  Strings first, then built .docx
variants, then set-52 corpus files."""

from __future__ import annotations

from docx_builder import write_docx
from extracted import paragraph as _block

from pcc_ingest.extract.outcomes.common import rule_re
from pcc_ingest.extract.outcomes.figure_years import is_change_by
from pcc_ingest.extract.outcomes.figures import block_figures, percentages
from pcc_ingest.extract.outcomes.numbered_targets import numbered_targets
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอวังสะพุง ครั้งที่ 2/2567 ปีงบประมาณ 2567 จังหวัดเลย"
NOTE = ("* ผลการประเมินเทียบกับค่าเป้าหมายของ พชอ.ตัวอย่าง ปี 2567 ได้แก่ ตัวชี้วัด 1.1 ไม่น้อยกว่าร้อยละ 85, "
        "1.2 ไม่น้อยกว่าร้อยละ 45 และ 2.1 ไม่น้อยกว่าร้อยละ 70")


def _outcomes(path) -> set[tuple[str, float | None, float | None]]:
    return {(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes}


def test_a_results_label_may_name_the_district() -> None:
    label = rule_re("table", "results_label")
    assert label.match("ผลการดำเนินงานอำเภอตัวอย่าง (สะสม)")
    assert label.match("ผลงานของ อ.ตัวอย่าง")
    assert label.match("ผลการดำเนินงาน (ร้อยละ)")
    assert not label.match("ผลการดำเนินงานตามแผน")


def test_a_note_gives_targets_by_row_number() -> None:
    assert numbered_targets((_block(NOTE),)) == {"1.1": 85.0, "1.2": 45.0, "2.1": 70.0}
    assert numbered_targets((_block("* เป้าหมาย ตัวชี้วัด 1.1 ร้อยละ 85"),)) == {}  # one target: the table's own
    assert numbered_targets((_block("ข้อมูล ณ วันที่ 30 มิถุนายน 2567 ร้อยละ 80"),)) == {}


def test_knowledge_passing_the_criterion_is_a_result() -> None:
    figs = block_figures("ผู้เข้ารับการอบรมมีความรู้ผ่านเกณฑ์หลังอบรมร้อยละ 86.67", False)
    assert [(f.value, f.target) for f, _ in figs] == [(86.67, False)]
    figs = block_figures("ตำบลผ่านเกณฑ์ ร้อยละ 80", False)
    assert [(f.value, f.target) for f, _ in figs] == [(80.0, True)]  # a pass mark still


def test_a_score_bar_is_no_percentage() -> None:
    text = "ร้อยละของผู้อบรมตัวอย่างมีความรู้ผ่านเกณฑ์ (ได้คะแนนตั้งแต่ร้อยละ 80 ขึ้นไป) เป้าหมาย ≥ 85%"
    assert [v for v, _, _ in percentages(text)] == [85.0]


def test_a_bound_after_a_compared_year_is_the_change_aimed_at() -> None:
    assert is_change_by("อัตราป่วยตัวอย่างลดลงจากปี 2566 ไม่น้อยกว่า")
    assert not is_change_by("ลดลงจากปี 2566 ซึ่งมี")
    figs = block_figures("อัตราป่วยตัวอย่างลดลงจากปี 2566 ไม่น้อยกว่าร้อยละ 20 ในช่วงเวลาเดียวกัน", False, 2567)
    assert [(f.value, f.target) for f, _ in figs] == [(20.0, True)]


def test_an_aim_right_before_the_figure_is_a_target() -> None:
    figs = block_figures("มอบหมายให้ รพ.สต. ตัวอย่าง เร่งรัดการคัดกรองให้ครบร้อยละ 90 ภายในเดือนสิงหาคม 2567", False)
    assert [(f.value, f.target) for f, _ in figs] == [(90.0, True)]


def test_a_built_quarter_table_takes_numbered_targets_and_leaves_comparisons_out(tmp_path) -> None:
    path = write_docx(tmp_path / "quarters.docx", [TITLE, "3.1 ผลการดำเนินงานตามประเด็นขับเคลื่อน ปีงบประมาณ 2567"], [
        ["ตัวชี้วัด", "ผลการดำเนินงานอำเภอตัวอย่าง (สะสม)", "", "ไตรมาส 2", "", "ผลการประเมิน*"],
        ["", "ไตรมาส 1", "ไตรมาส 2", "ระดับจังหวัด", "ระดับประเทศ", ""],
        ["1.1 ร้อยละของประชากรตัวอย่างได้รับการคัดกรองความดันโลหิตสูง", "300/1,000 (30.00)", "700/1,000 (70.00)",
         "81.20", "79.45", "ไม่ผ่าน"],
        ["1.2 ร้อยละของผู้ป่วยตัวอย่างควบคุมระดับน้ำตาลได้ดี", "40/200 (20.00)", "100/200 (50.00)",
         "41.10", "44.60", "ผ่าน"],
        ["2.1 ร้อยละของผู้สูงอายุตัวอย่างได้รับการคัดกรอง ADL", "50/100 (50.00)", "75/100 (75.00)",
         "72.30", "70.80", "ผ่าน"],
    ], merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)], after=[NOTE])
    got = _outcomes(path)
    assert {(v, t) for _, v, t in got} == {(30.0, 85.0), (70.0, 85.0), (20.0, 45.0), (50.0, 45.0),
                                            (50.0, 70.0), (75.0, 70.0)}
    assert any(name.endswith("ไตรมาส 1") and v == 30.0 for name, v, _ in got)


def test_a_built_before_after_table_names_its_measure_from_the_title(tmp_path) -> None:
    path = write_docx(tmp_path / "hi.docx", [
        "สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.วังสะพุง จังหวัดเลย ปีงบประมาณ 2567",
        "7.1 ค่าดัชนีลูกน้ำยุงลาย (House Index) รายหมู่บ้าน ก่อนและหลังดำเนินการ",
    ], [
        ["ตำบล", "ก่อนดำเนินการ (ม.ค. 2567)", "", "หลังดำเนินการ (มิ.ย. 2567) เกณฑ์ HI ≤ 10%", ""],
        ["", "หลังคาเรือนที่พบลูกน้ำ", "HI (%)", "หลังคาเรือนที่พบลูกน้ำ", "HI (%)"],
        ["ผาน้อย", "30", "15.00", "12", "6.00"],
        ["ศรีสงคราม", "40", "20.00", "24", "12.00"],
    ], merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)])
    got = _outcomes(path)
    assert ("ค่าดัชนีลูกน้ำยุงลาย (House Index) หลังดำเนินการ ตำบลศรีสงคราม", 12.0, 10.0) in got
    assert ("ค่าดัชนีลูกน้ำยุงลาย (House Index) ก่อนดำเนินการ ตำบลผาน้อย", 15.0, None) in got


def test_a_built_knowledge_pair_beside_a_mean_and_counts(tmp_path) -> None:
    path = write_docx(tmp_path / "knowledge.docx", [
        "สรุปผลการดำเนินงานโครงการตัวอย่าง พชอ.วังสะพุง จังหวัดเลย ปีงบประมาณ 2567",
        "ตัวชี้วัด: ร้อยละของผู้อบรมตัวอย่างมีความรู้ผ่านเกณฑ์ เป้าหมาย ≥ 85%",
        "7.2 ความรู้ของผู้อบรมตัวอย่าง",
    ], [
        ["รายการ", "ก่อนอบรม", "หลังอบรม"],
        ["คะแนนเฉลี่ย (คะแนน)", "10.20", "15.40"],
        ["ผู้ผ่านเกณฑ์ / ผู้อบรมทั้งหมด", "30 / 100", "90 / 100"],
        ["ร้อยละผู้มีความรู้ผ่านเกณฑ์", "30.00%", "90.00%"],
    ])
    got = _outcomes(path)
    assert ("ร้อยละผู้มีความรู้ผ่านเกณฑ์ ก่อนอบรม", 30.0, None) in got
    assert any(v == 90.0 for _, v, _ in got)
    assert not any(v in (10.2, 15.4) for _, v, _ in got)  # the mean score


def test_set_52_minutes_quarters_in_real_files(parsed) -> None:
    for name in ("udon-thani-ban-dung-2566-minutes.docx", "udon-thani-ban-dung-2566-minutes.pdf"):
        got = {(o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(name)).outcomes}
        assert {(24.51, 90.0, 2566), (89.48, 90.0, 2566), (32.96, 40.0, 2566), (60.42, 50.0, 2566)} <= got
        assert not any(v in (91.25, 88.74, 30.18, 33.52) for v, _, _ in got)  # province and country
        assert not any(v is None and y == 2566 for v, _, y in got)  # the note's targets are the rows'


def test_set_52_village_index_named_from_the_title(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct)
           for o in extract(parsed("surat-thani-ko-samui-2567-project.docx")).outcomes}
    assert ("ค่าดัชนีลูกน้ำยุงลาย (House Index) หลังดำเนินการ ตำบลมะเร็ต", 7.2, 10.0) in got
    assert ("ค่าดัชนีลูกน้ำยุงลาย (House Index) ก่อนดำเนินการ", 17.04, None) in got


def test_set_52_project_knowledge_and_relative_target(parsed) -> None:
    for name in ("surat-thani-ko-samui-2567-project.docx", "surat-thani-ko-samui-2567-project.pdf"):
        got = {(o.indicator, o.value_pct, o.target_pct, o.year_be) for o in extract(parsed(name)).outcomes}
        assert ("ร้อยละผู้มีความรู้ผ่านเกณฑ์ ก่อนอบรม", 38.0, None, 2567) in got
        assert any(v == 86.67 and t == 80.0 for _, v, t, _ in got)
        assert ("อัตราป่วยด้วยโรคไข้เลือดออกลดลงจากปี 2566", 48.48, 20.0, 2567) in got
        assert not any(v == 20.0 or (v is None and t == 20.0) for _, v, t, _ in got)
