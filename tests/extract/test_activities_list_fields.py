"""Field completion from an activity's own list item (``activities/list_fields.py``).

A generic fallback, not a layout rule: an activity read from a numbered or bulleted item, a
"กิจกรรมที่ N" label or a log line that opens with its date, whose head count or dates are still
empty once every rule has run, takes the one value of that type the item's lines state (its own
paragraph and the lines under it up to the next item), and a month-only date is refined by the one
exact day of that month they state.  Each test builds a small Word file with invented names; most
show the fill and, beside it, the guard that keeps the fallback from guessing."""

from __future__ import annotations

from pcc_ingest.extract.records import ActivityRecord
from tests.extract.docx_builder import write_parts
from tests.extract.extracted import activities_by_title, one_titled

REPORT_HEAD = ["รายงานผลการดำเนินงาน พชอ.ตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2567",
               "ผลการดำเนินกิจกรรม มีรายละเอียดดังนี้"]


def _acts(tmp_path, lines: list[str]) -> dict[str, ActivityRecord]:
    return activities_by_title(write_parts(tmp_path / "t.docx", [*REPORT_HEAD, *lines]))


def test_head_count_on_a_continuation_line_fills_its_item_only(tmp_path):
    acts = _acts(tmp_path, ["1. อบรมแกนนำชุมชนตัวอย่าง", "ผู้เข้าร่วม 45 คน ณ หอประชุมตัวอย่าง",
                            "2. รณรงค์ลดขยะในชุมชนตัวอย่าง", "ดำเนินการครบทุกตำบล"])
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 45
    assert one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง").participants is None


def test_date_on_a_continuation_line_dates_the_item(tmp_path):
    acts = _acts(tmp_path, ["1. อบรมแกนนำชุมชนตัวอย่าง", "ดำเนินการวันที่ 15 มกราคม 2567 ณ หอประชุมตัวอย่าง",
                            "2. รณรงค์ลดขยะในชุมชนตัวอย่าง", "ดำเนินการครบทุกตำบล"])
    got = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (got.start, got.end) == ("2024-01-15", "2024-01-15")
    got = one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง")
    assert (got.start, got.end) == (None, None)


def test_exact_day_under_a_bullet_refines_its_month(tmp_path):
    acts = _acts(tmp_path, ["- อบรมแกนนำชุมชนตัวอย่าง เดือนมกราคม 2567", "ผู้เข้าร่วม 45 คน วันที่ 15 มกราคม 2567",
                            "- รณรงค์ลดขยะในชุมชนตัวอย่าง", "ผู้เข้าร่วม 30 คน"])
    got = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (got.start, got.end, got.participants) == ("2024-01-15", "2024-01-15", 45)
    assert one_titled(acts, "รณรงค์ลดขยะในชุมชนตัวอย่าง").participants == 30


def test_lines_that_disagree_fill_nothing(tmp_path):
    acts = _acts(tmp_path, ["1. อบรมแกนนำชุมชนตัวอย่าง", "รุ่นที่ 1 ผู้เข้าร่วม 45 คน", "รุ่นที่ 2 ผู้เข้าร่วม 40 คน",
                            "2. ประชุมชี้แจงผู้นำตัวอย่าง", "ผู้เข้าร่วม 35 คน"])
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants is None
    assert one_titled(acts, "ประชุมชี้แจงผู้นำตัวอย่าง").participants == 35


def test_log_line_opening_with_its_date_gives_its_own_head_count(tmp_path):
    acts = _acts(tmp_path, ["15/01/2567 ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 1/2567 ผู้เข้าร่วม 32 คน"])
    got = one_titled(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง")
    assert (got.start, got.participants) == ("2024-01-15", 32)


def test_count_of_those_reached_is_no_head_count(tmp_path):
    acts = _acts(tmp_path, ["1. อบรมแกนนำชุมชนตัวอย่าง", "ผู้เข้าร่วม 45 คน ณ หอประชุมตัวอย่าง",
                            "2. รณรงค์สวมหมวกนิรภัยในโรงเรียนตัวอย่าง",
                            "นักเรียนสวมหมวกนิรภัย 1,296 คน จาก 1,500 คน"])
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants == 45
    assert one_titled(acts, "รณรงค์สวมหมวกนิรภัยในโรงเรียนตัวอย่าง").participants is None


def test_lines_under_the_last_of_one_line_items_close_the_list(tmp_path):
    acts = _acts(tmp_path, ["1. อบรมแกนนำชุมชนตัวอย่าง", "ดำเนินการวันที่ 15 มกราคม 2567",
                            "2. รณรงค์ลดขยะในชุมชนตัวอย่าง", "ดำเนินการวันที่ 20 กุมภาพันธ์ 2567",
                            "โครงการที่ 2 โครงการผู้สูงอายุตัวอย่าง", "กิจกรรม",
                            "1. คัดกรองผู้สูงอายุตัวอย่าง", "2. ประชุมทบทวนแผนการดูแลตัวอย่าง",
                            "ระยะเวลาดำเนินการ ตุลาคม 2566 – กันยายน 2567"])
    got = one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง")
    assert (got.start, got.end) == ("2024-01-15", "2024-01-15")
    got = one_titled(acts, "ประชุมทบทวนแผนการดูแลตัวอย่าง")
    assert (got.start, got.end) == (None, None)


def test_wrapped_log_line_takes_the_count_of_its_wrapped_lines(tmp_path):
    acts = _acts(tmp_path, ["14/02/2567 ประชุมคณะกรรมการ พชอ.ตัวอย่าง ครั้งที่ 2/2567 ติดตามความก้าวหน้า",
                            "ณ ห้องประชุมตัวอย่าง ผู้เข้าประชุม 29", "คน",
                            "20/03/2567 อบรมแกนนำชุมชนตัวอย่าง ณ หอประชุมตัวอย่าง"])
    assert one_titled(acts, "ประชุมคณะกรรมการ พชอ.ตัวอย่าง").participants == 29
    assert one_titled(acts, "อบรมแกนนำชุมชนตัวอย่าง").participants is None
