"""The restatement merge (``activities/restated.py``).

A generic mechanism, not a layout rule: an activity a document names again in another place with
other words (a plan row, then a spending or status table's shorter name) is one activity, kept under
its first reading's title and filled from the other.  Each test builds a small Word file with
invented names: a plan table, then a summary table restating its rows; the first row of each
summary shows the merge, the second the guard that keeps two real activities apart."""

from __future__ import annotations

from pcc_ingest.extract.activities.draft import Draft
from pcc_ingest.extract.activities.restated import restates, without_restatements
from pcc_ingest.extract.records import ActivityRecord
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567", "ผลการดำเนินกิจกรรม มีรายละเอียดดังนี้"]
PLAN_HEADER = ("กิจกรรม", "ระยะเวลา", "กลุ่มเป้าหมาย", "งบประมาณ (บาท)")
TRAINING = ("1. อบรมพัฒนาศักยภาพ อสม. และผู้ดูแลตัวอย่างในการดูแลผู้สูงอายุติดเตียง", "22-23 ม.ค. 2567", "อสม.",
            "27,115.50")
SUMMARY_HEADER = ("กิจกรรม", "ผู้เข้าร่วม (คน)", "งบประมาณที่ใช้ (บาท)")
TRAINING_AGAIN = ("อบรม อสม. และผู้ดูแลตัวอย่าง", "80", "27,115")


def _acts(tmp_path, plan: list, summary: list) -> dict[str, ActivityRecord]:
    parts = [*HEAD, [PLAN_HEADER, *plan], "สรุปการใช้จ่ายงบประมาณ", [SUMMARY_HEADER, *summary]]
    return activities_by_title(write_parts(tmp_path / "t.docx", parts))


def test_a_summary_row_restating_a_plan_row_is_one_activity_with_its_fields(tmp_path):
    acts = _acts(tmp_path, [TRAINING], [TRAINING_AGAIN])
    assert "อบรม อสม. และผู้ดูแลตัวอย่าง" not in acts
    training = one_titled(acts, "อบรมพัฒนาศักยภาพ")
    assert (training.start, training.end, training.participants) == ("2024-01-22", "2024-01-23", 80)


def _merged(tmp_path) -> None:
    """The merge the guards below leave alone elsewhere in the same kind of document."""
    assert "อบรม อสม. และผู้ดูแลตัวอย่าง" not in _acts(tmp_path, [TRAINING], [TRAINING_AGAIN])


def _draft(title: str, table: int, **fields) -> Draft:
    block = Block(kind="table_cell", raw_text=title, text=title, table=table, row=1, col=0,
                  order=table, start=0, end=len(title))
    return Draft(title=title, block=block, start=0, end=len(title), **fields)


def test_a_figure_the_first_title_lacks_keeps_two_activities(tmp_path):
    _merged(tmp_path)
    assert not restates("อบรมแกนนำเยาวชนตัวอย่าง รุ่นที่ 1", "อบรมแกนนำเยาวชนตัวอย่าง รุ่นที่ 2")
    assert restates("ด่านชุมชนตัวอย่างช่วงสงกรานต์ 7 วัน", "ด่านชุมชนตัวอย่าง 7 วัน 11 – 17 เม.ย. 66")


def test_two_different_amounts_or_head_counts_keep_two_activities(tmp_path):
    _merged(tmp_path)
    plan = _draft("รณรงค์กำจัดลูกน้ำยุงลายตัวอย่างในชุมชน", 0, budget=3000.0, participants=40)
    assert len(without_restatements([plan, _draft("รณรงค์กำจัดลูกน้ำยุงลายตัวอย่าง", 1, budget=9000.0)])) == 2
    assert len(without_restatements([plan, _draft("รณรงค์กำจัดลูกน้ำยุงลายตัวอย่าง", 1, participants=60)])) == 2
    assert len(without_restatements([plan, _draft("รณรงค์กำจัดลูกน้ำยุงลายตัวอย่าง", 1, budget=3000.4)])) == 1


def test_two_different_days_keep_two_activities(tmp_path):
    _merged(tmp_path)
    first = _draft("เยี่ยมบ้านผู้ป่วยติดเตียงตัวอย่าง", 0, date_from=PartialDate(2024, 2, 5), date_to=PartialDate(2024, 2, 5))
    again = _draft("เยี่ยมบ้านผู้ป่วยตัวอย่าง", 1, date_from=PartialDate(2024, 3, 12), date_to=PartialDate(2024, 3, 12))
    assert len(without_restatements([first, again])) == 2


def test_a_name_of_only_common_words_restates_nothing(tmp_path):
    _merged(tmp_path)
    assert not restates("ประชุมคณะกรรมการ พชอ. ครั้งที่ 1/2567", "ประชุม พชอ.")


def test_two_rows_of_one_table_are_two_activities(tmp_path):
    _merged(tmp_path)
    rows = [_draft("ตลาดนัดผักปลอดภัยตัวอย่าง", 0), _draft("ตลาดนัดผักปลอดภัยตัวอย่างในโรงพยาบาล", 0)]
    assert len(without_restatements(rows)) == 2
