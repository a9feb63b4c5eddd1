"""Round 21: lines of a list of money received by funder take that funder as
source; a bare "ได้รับ N บาท" is the sum received, no line."""

from pathlib import Path

import pytest

from pcc_ingest.extract.budget.lines import is_not_a_line
from pcc_ingest.extract.budget.sources import named_funder
from pcc_ingest.pipeline import parse_and_extract

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("name", ["สำนักงานสาธารณสุขจังหวัดสงขลา", "อบจ.หนองบัวลำภู",
                                  "กองทุนหลักประกันสุขภาพระดับท้องถิ่น 13 แห่ง", "สสจ.หนองบัวลำภู"])
def test_a_description_that_is_a_funders_name_is_its_source(name):
    assert named_funder(name) == name


@pytest.mark.parametrize("desc", ["อบต. ทุกแห่งร่วมสมทบงบประมาณในการควบคุมลูกน้ำยุงลาย",
                                  "สสจ.จัดประชุมแลกเปลี่ยนเรียนรู้ พชอ.ระดับจังหวัด",
                                  "ธนาคารขยะและกิจกรรมขยะแลกไข่ในหมู่บ้านนำร่อง",
                                  "ค่าอาหารกลางวัน", "งบประมาณตามแผนปฏิบัติการ อำเภอชะอำ"])
def test_a_description_saying_what_was_done_names_no_funder(desc):
    assert named_funder(desc) is None


def test_bare_received_before_an_amount_is_no_line():
    assert is_not_a_line("ได้รับ ")
    assert is_not_a_line("งบประมาณ ได้รับจำนวน ")
    assert not is_not_a_line("- สสจ.หนองบัวลำภู ")


def test_inspection_funder_lines_take_their_funders_on_a_real_file():
    ex = parse_and_extract(str(CORPUS / "nong-bua-lam-phu-province-2568-inspection.pdf")).extraction
    funded = {(i.description, i.amount_baht, i.source) for i in ex.budget_items}
    assert ("อบจ.หนองบัวลำภู", 20000.0, "อบจ.หนองบัวลำภู") in funded
    assert not any(i.amount_baht in (124500.0, 158000.0) for i in ex.budget_items)


# Round 21, second helper: numbered project rows over their activity rows,
# cost lines in a results cell, a several-funder statement, listed lines.

from pcc_ingest.extract.budget.paragraphs import listed_start  # noqa: E402
from pcc_ingest.extract.budget.sources import several_funders  # noqa: E402
from pcc_ingest.extract.budget.subrows import outline_number, subtotal_parents  # noqa: E402


@pytest.mark.parametrize(("text", "number"), [("1", (1,)), ("2. อบรม", (2,)), ("1.2 อบรมแกนนำ", (1, 2)),
                                              ("3)", (3,)), ("1,500", None), ("1/2567", None), ("อบรม", None)])
def test_outline_number_reads_project_and_activity_numbers(text, number):
    assert outline_number(text) == number


def test_a_project_row_its_numbered_activities_add_up_to_is_their_subtotal():
    numbers = [(1,), (1, 1), (1, 2), (1, 3), (2,), (2, 1)]
    assert subtotal_parents(numbers, [32900, 6500, 11400, 15000, 12000, 12000]) == {0: [1, 2, 3], 4: [5]}


def test_a_project_row_whose_activities_do_not_add_up_to_it_stays_a_line():
    assert subtotal_parents([(1,), (1, 1), (1, 2)], [10000, 3000, 4000]) == {}
    assert subtotal_parents([(1,), (2,), (3,)], [7000, 3000, 4000]) == {}


@pytest.mark.parametrize("name", ["กองทุนหลักประกันสุขภาพระดับท้องถิ่นและองค์การบริหารส่วนจังหวัดน่าน",
                                  "สสจ.เพชรบุรี / กองทุน LTC", "กองทุนแม่ของแผ่นดินและ อบจ.กระบี่"])
def test_a_source_joining_two_funders_is_several(name):
    assert several_funders(name)


@pytest.mark.parametrize("name", ["สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
                                  "ศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดอำเภอตากใบ", "อบจ.อุดรธานี"])
def test_and_inside_one_funders_name_joins_no_second_funder(name):
    assert not several_funders(name)


def test_a_listed_line_is_described_after_its_list_opener():
    before = "5.1 ในปีงบประมาณ 2566 ได้รับงบประมาณสนับสนุนรวม 4 แหล่ง ดังนี้ (1) กองทุนหลักประกันสุขภาพ เป็นเงิน "
    assert before[listed_start(before):].strip().startswith("(1) กองทุน")
    assert listed_start("ค่าอาหารกลางวัน 60 คน x 50 บาท เป็นเงิน ") == 0


def test_plan_project_rows_are_subtotals_and_the_total_is_found_on_a_real_file():
    for name in ("udon-thani-ban-phue-2569-action-plan.docx", "udon-thani-ban-phue-2569-action-plan.pdf"):
        ex = parse_and_extract(str(CORPUS / name)).extraction
        amounts = [i.amount_baht for i in ex.budget_items]
        assert not {32900.0, 39000.0, 155000.0} & set(amounts)
        assert sum(amounts) == 238900.0
        assert ex.budget_total is not None and ex.budget_total.amount_baht == 238900.0


def test_cost_lines_in_a_results_cell_are_the_rows_lines_on_a_real_file():
    ex = parse_and_extract(str(CORPUS / "nan-tha-wang-pha-2567-progress.docx")).extraction
    lines = {(i.amount_baht, i.unit_cost_baht, i.quantity) for i in ex.budget_items}
    assert {(9000.0, 60.0, 150.0), (7500.0, 25.0, 300.0)} <= lines
    assert 16500.0 not in {i.amount_baht for i in ex.budget_items}
    # the two-funder sentence after the tables gives no source to the first
    # table's lines, out of its reach
    assert all(i.source is None for i in ex.budget_items if i.amount_baht in (3500.0, 9000.0, 24000.0))


def test_a_listed_funder_line_is_described_by_its_funder_on_a_real_file():
    ex = parse_and_extract(str(CORPUS / "songkhla-ranot-2566-summary.pdf")).extraction
    first = next(i for i in ex.budget_items if i.amount_baht == 186400.0)
    assert first.description.startswith("กองทุนหลักประกันสุขภาพ")
    assert first.source is not None and first.source.startswith("กองทุนหลักประกันสุขภาพ")
