"""Round 54 (outcomes A): the rules this round pins.

- A table's stated target reads past the figure of a period or a score in
  its title or note, as it reads past a year ("* เกณฑ์ผ่านรอบ 6 เดือน ร้อยละ
  75 ขึ้นไป" gives 75, "เกณฑ์ผ่าน 14 คะแนนขึ้นไป" none) (``stated_target``).
- "ผ่านเกณฑ์" before the time or the test it was taken ("ที่ผ่านเกณฑ์หลัง
  อบรม", "ผ่านเกณฑ์ทดสอบ") is what a training's result measures, no target
  word, like "มีความรู้ผ่านเกณฑ์" (``[words] target``).
- A ตำบล's row under an indicator cell merged down over the ตำบล rows is the
  indicator in that ตำบล: two ตำบล with the same figure stay two records
  (``row_subjects``).
- A count's unit closing a row's indicator ("จำนวนผู้บาดเจ็บ (ราย)") says its
  figures are no percentages (``row_in_percent``).
- A total row giving, to hundredths, the result an earlier KPI table gave,
  against an interim pass mark of its own, is that KPI's record
  (``restated_totals``).
- A row Word broke across a PDF page, its label's rest alone at the top of
  the next page, is joined to the row it goes on (``table_pages``, a set-54
  corpus file).

Strings first, then built .docx files, then set-54 corpus files.
"""

from __future__ import annotations

from docx_builder import write_parts

from pcc_ingest.extract.outcomes.table_targets import stated_target
from pcc_ingest.extract.run import extract
from pcc_ingest.parsers import parse

TITLE = "รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ปีงบประมาณ 2567 อำเภอท่าตูม จังหวัดสุรินทร์"


def _outcomes(path) -> list[tuple[str, float | None, float | None]]:
    return [(o.indicator, o.value_pct, o.target_pct) for o in extract(parse(path)).outcomes]


def test_a_period_or_score_figure_in_a_note_is_no_target() -> None:
    m = stated_target("* เกณฑ์ผ่านรอบ 6 เดือน ร้อยละ 75 ขึ้นไป (เป้าหมายทั้งปี ร้อยละ 90)")
    assert m is not None and float(m["t"]) == 75.0
    assert stated_target("ผลการทดสอบความรู้ (คะแนนเต็ม 20 คะแนน เกณฑ์ผ่าน 14 คะแนนขึ้นไป) ดังนี้") is None
    assert float(stated_target("ค่าเป้าหมาย ร้อยละ 70")["t"]) == 70.0  # a plain target still read


def test_a_built_passing_after_training_is_the_measure_with_its_target(tmp_path) -> None:
    path = write_parts(tmp_path / "training.docx", [
        TITLE.replace("รายงานผลการดำเนินงาน", "สรุปผลการดำเนินงานโครงการ"),
        "ผลการอบรม ร้อยละแกนนำตัวอย่างที่ผ่านเกณฑ์หลังอบรม 87.93% สูงกว่าเป้าหมาย (≥ 80%)",
    ])
    got = _outcomes(path)
    assert any(v == 87.93 and t == 80.0 for _, v, t in got)
    assert not any(v is None and t == 87.93 for _, v, t in got)


def test_a_built_merged_indicator_over_places_names_each_place(tmp_path) -> None:
    path = write_parts(tmp_path / "places.docx", [
        TITLE, "5. ผลการดำเนินงานรายตำบล",
        [["ตัวชี้วัด", "ค่าเป้าหมาย", "ตำบล", "ผลงาน ร้อยละ (ผลงาน/เป้าหมาย)"],
         ["ร้อยละของหมู่บ้านตัวอย่างที่ผ่านเกณฑ์", "ร้อยละ 80", "หนึ่ง", "93.75 (15/16)"],
         ["", "", "สอง", "93.75 (15/16)"],
         ["", "", "สาม", "70.00 (14/20)"]],
    ], merges={0: [(1, 0, 3, 0), (1, 1, 3, 1)]})
    got = [(name, v, t) for name, v, t in _outcomes(path) if v in (93.75, 70.0)]
    assert sorted(got) == sorted([
        ("ร้อยละของหมู่บ้านตัวอย่างที่ผ่านเกณฑ์ ตำบลหนึ่ง", 93.75, 80.0),
        ("ร้อยละของหมู่บ้านตัวอย่างที่ผ่านเกณฑ์ ตำบลสอง", 93.75, 80.0),
        ("ร้อยละของหมู่บ้านตัวอย่างที่ผ่านเกณฑ์ ตำบลสาม", 70.0, 80.0),
    ])


def test_a_built_count_unit_closing_the_indicator_is_no_percentage(tmp_path) -> None:
    path = write_parts(tmp_path / "counts.docx", [
        TITLE.replace("รายงานผลการดำเนินงาน", "สรุปผลการดำเนินงานโครงการ"),
        "ผลการอบรม ร้อยละแกนนำตัวอย่างที่ผ่านเกณฑ์หลังอบรม 87.93% สูงกว่าเป้าหมาย (≥ 80%)",
        "6. ผลลัพธ์ตามตัวชี้วัดรายไตรมาส",
        [["ตัวชี้วัด", "ค่าเป้าหมาย", "ไตรมาส 1", "ไตรมาส 2"],
         ["จำนวนผู้บาดเจ็บตัวอย่าง (ราย)", "-", "148", "131"],
         ["ร้อยละผู้ขับขี่ตัวอย่างสวมหมวกนิรภัย", "≥ 85%", "62.00% (248/400)", "73.00% (292/400)"]],
    ])
    got = _outcomes(path)
    assert not any(v in (148.0, 131.0) for _, v, _ in got)
    assert any(v == 62.0 and t == 85.0 for _, v, t in got)


def test_a_built_total_restating_the_kpi_against_an_interim_bar_is_the_kpi(tmp_path) -> None:
    path = write_parts(tmp_path / "ranking.docx", [
        TITLE, "2. ตัวชี้วัด ค่าเป้าหมาย และผลงาน",
        [["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลงาน"],
         ["ร้อยละประชาชนตัวอย่างได้รับการคัดกรอง", "ไม่น้อยกว่าร้อยละ 90", "ร้อยละ 79.29"]],
        "4. ผลการคัดกรองรายตำบล เรียงตามลำดับผลงาน",
        [["ลำดับ", "ตำบล", "เป้าหมาย (คน)", "คัดกรองแล้ว (คน)", "ร้อยละ"],
         ["1", "หนึ่ง", "2,760", "2,426", "87.90"],
         ["2", "สอง", "3,020", "2,025", "67.05"],
         ["รวมอำเภอ", "", "5,780", "4,451", "79.29"]],
        "* เกณฑ์ผ่านรอบ 6 เดือน ร้อยละ 75 ขึ้นไป (เป้าหมายทั้งปี ร้อยละ 90)",
    ])
    got = _outcomes(path)
    assert [(v, t) for _, v, t in got if v == 79.29] == [(79.29, 90.0)]
    assert any(v == 87.9 and t == 75.0 for _, v, t in got)
    assert any(v == 67.05 and t == 75.0 for _, v, t in got)


def test_set_54_places_and_ranking_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct, o.target_pct) for o in
           extract(parsed("surin-tha-tum-2567-progress.pdf")).outcomes}
    drug = "ร้อยละผู้ใช้ยาเสพติดที่เข้ารับการบำบัดครบตามเกณฑ์"
    assert (f"{drug} ตำบลกระโพ", 93.75, 80.0) in got
    assert (f"{drug} ตำบลพรมเทพ", 93.75, 80.0) in got  # same figure, another ตำบล
    assert sum(v == 87.9 and t == 75.0 for _, v, t in got) == 1  # the footnote's pass mark
    assert [t for _, v, t in got if v == 79.29] == [90.0]  # the total row is the KPI's result


def test_set_54_training_result_and_counts_in_a_real_file(parsed) -> None:
    for name in ("khon-kaen-ban-phai-2568-project.docx", "khon-kaen-ban-phai-2568-project.pdf"):
        got = {(o.value_pct, o.target_pct) for o in extract(parsed(name)).outcomes}
        assert (87.93, 80.0) in got
        assert not any(v in (148.0, 381.0, 12.0) for v, _ in got)  # counts of injuries and deaths


def test_set_54_row_broken_across_a_pdf_page_in_a_real_file(parsed) -> None:
    got = {(o.indicator, o.value_pct) for o in
           extract(parsed("nakhon-ratchasima-phimai-2567-progress.pdf")).outcomes}
    assert any(v == 78.4 and name.startswith("หมู่บ้านจัดการขยะต้นทางผ่านเกณฑ์") for name, v in got)
    assert not any(name.startswith("ต้นทางผ่านเกณฑ์") for name, _ in got)
