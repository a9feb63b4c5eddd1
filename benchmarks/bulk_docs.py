"""Generate a cached bulk folder of synthetic พชอ. reports for the ingest benchmark.

Why: speed and memory must be measured on many files that vary the way real
folders do (provinces, districts, years, lengths, tables), not on the 27 corpus
files.  Every .docx is distinct content built with python-docx (TH SarabunPSK,
headings, Word list numbering, plan/budget tables with merged cells,
results-by-district tables, header and footer); PDFs are made from generated
.docx by LibreOffice in one ``soffice`` call.  Because LibreOffice is slow, only
a few dozen distinct PDFs are converted and the bulk folder holds byte-distinct
copies of them (a PDF comment appended after ``%%EOF``, so each has its own
SHA-256 and is ingested, not skipped as a duplicate).

Everything is deterministic per index (``random.Random(seed)``), so the cache
only ever grows: asking for more documents reuses the ones already written.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import docx
import geothai
import pypdfium2 as pdfium
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pythainlp.util import arabic_digit_to_thai_digit, bahttext

GENERATOR_VERSION = "2"  # bump when the content changes so stale caches are rebuilt
THAI_FONT = "TH SarabunPSK"
BODY_PT = 16
TABLE_PT = 14
SOFFICE_TIMEOUT_S = 1800
# Plan/budget table columns (ที่, กิจกรรม, ระยะเวลา, รายละเอียด, จำนวนเงิน, แหล่ง) as the corpus draws them.
PLAN_WIDTHS_CM = (0.8, 4.0, 2.4, 5.2, 1.9, 2.6)
# Share of the bulk folder that is PDF, and how many distinct PDFs back those copies.
PDF_SHARE = 0.2
MAX_DISTINCT_PDFS = 40
# Every LONG_PDF_EVERY-th distinct PDF is a long report of 20+ pages.
LONG_PDF_EVERY = 4
# District detail sections a long report gets; calibrated on LibreOffice 7.4 with
# the Laksaman substitute for TH SarabunPSK (about 1.5-2 pages a section).
LONG_SECTIONS = (14, 24)
PAGES_PER_SECTION_GUESS = 1.5
BUILD_CORPUS = Path(__file__).resolve().parent.parent / "scripts" / "build_corpus.py"
BANGKOK = "10"  # khet, not amphoe: not a พชอ. province

ISSUES = (
    "การป้องกันและลดอุบัติเหตุทางถนน", "การดูแลผู้สูงอายุระยะยาว", "การจัดการขยะในชุมชน",
    "การป้องกันและแก้ไขปัญหายาเสพติด", "การดูแลผู้ป่วยติดบ้านติดเตียง", "อาหารปลอดภัย",
    "เกษตรปลอดภัยลดการใช้สารเคมี", "การป้องกันควบคุมโรคไข้เลือดออก", "การส่งเสริมพัฒนาการเด็กปฐมวัย",
    "การป้องกันการตั้งครรภ์ในวัยรุ่น", "โรคเบาหวานและความดันโลหิตสูง", "การแก้ไขปัญหาหมอกควันและไฟป่า",
    "การดูแลกลุ่มเปราะบาง ผู้พิการ และผู้ด้อยโอกาส", "การป้องกันการฆ่าตัวตาย",
    "การควบคุมโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี", "ความมั่นคงทางอาหาร", "การจัดการน้ำเสียและสิ่งแวดล้อม",
    "การป้องกันการจมน้ำในเด็ก", "สุขภาพจิตและการป้องกันภาวะซึมเศร้า",
)
ACTIVITIES = (
    "ประชุมคณะกรรมการ พชอ. ครั้งที่ {k}/{year}",
    "อบรมพัฒนาศักยภาพทีมเลขานุการ พชอ. การใช้โปรแกรม CL UCCARE จำนวน {n} คน",
    "ประชุมชี้แจงแนวทางการขับเคลื่อน พชอ. ปี {year} ผู้เข้าประชุม {n} คน",
    "เยี่ยมเสริมพลัง พชต. จำนวน {k} ตำบล",
    "จัดเวทีแลกเปลี่ยนเรียนรู้และนำเสนอผลงาน พชอ. ระดับจังหวัด ผู้เข้าร่วม {n} คน",
    "รณรงค์{issue} ในชุมชน {k} หมู่บ้าน",
    "ถอดบทเรียนการดำเนินงาน{issue}",
    "คัดกรองและติดตามกลุ่มเสี่ยง{issue} จำนวน {n} ราย",
    "พัฒนาศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) จำนวน {n} คน",
    "ติดตามประเมินผลการดำเนินงานตามองค์ประกอบ UCCARE",
)
COSTS = (  # (template, unit count, unit price range) -> amount = product of the numbers
    ("ค่าอาหารกลางวัน {m} มื้อๆละ {p} บาท x {n} คน", (50, 60, 70, 80, 100, 120)),
    ("ค่าอาหารว่างและเครื่องดื่ม {m} มื้อๆละ {p} บาท x {n} คน", (25, 30, 35, 50)),
    ("ค่าเอกสารประกอบการประชุม {n} ชุดๆละ {p} บาท", (20, 30, 50, 80)),
    ("ค่าตอบแทนวิทยากร {m} ชั่วโมงๆละ {p} บาท", (600, 1200)),
    ("ค่าป้ายไวนิล {m} ผืนๆละ {p} บาท", (450, 500, 750, 900)),
    ("ค่าน้ำมันเชื้อเพลิง {m} ครั้งๆละ {p} บาท", (300, 500, 800, 1000)),
)
SOURCES = (
    "งบดำเนินงาน สสจ.{province}", "กองทุนหลักประกันสุขภาพ อบจ.{province}", "กองทุน สปสช. เขต {region}",
    "งบประมาณ อปท.", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.)", "ไม่ใช้งบประมาณ",
)
MONTHS = (
    "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม",
    "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
)
DOC_TYPES = ("action-plan", "progress", "project", "minutes", "inspection")
TITLES = {
    "action-plan": "แผนปฏิบัติการขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "progress": "รายงานผลการดำเนินงานการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "project": "โครงการขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "minutes": "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
    "inspection": "รายงานการตรวจราชการและนิเทศงาน ประเด็นการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)",
}
PROSE = (
    ("{place}ได้ขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยการพัฒนาคุณภาพชีวิต"
    "ระดับพื้นที่ พ.ศ. 2561 โดยมีนายอำเภอเป็นประธาน และสาธารณสุขอำเภอเป็นเลขานุการ "),
    ("ในปีงบประมาณ {year} มีผู้สูงอายุ {n1} คน เป็นผู้สูงอายุติดบ้าน {n2} คน และติดเตียง {n3} คน "
    "ได้รับการดูแลตามแผนการดูแลรายบุคคล (Care Plan) ร้อยละ {pct} "),
    ("อัตราการเสียชีวิตจากอุบัติเหตุทางถนนเท่ากับ {rate} ต่อประชากรแสนคน ลดลงจากปีที่ผ่านมา "
    "ซึ่งเป็นผลจากการตั้งด่านชุมชนและการรณรงค์สวมหมวกนิรภัยร่วมกับองค์กรปกครองส่วนท้องถิ่น "),
    ("คณะกรรมการได้คัดเลือกประเด็น{issue}เป็นประเด็นขับเคลื่อน โดยใช้ข้อมูลจากการประชุมเชิงปฏิบัติการ "
    "และการวิเคราะห์สถานการณ์ปัญหาของพื้นที่ร่วมกับภาคีเครือข่าย ทั้งภาครัฐ ภาคเอกชน และภาคประชาชน "),
    ("ผลการประเมินตนเองตามองค์ประกอบ UCCARE พบว่าองค์ประกอบการแบ่งปันทรัพยากร (Resource sharing) "
    "อยู่ในระดับ {lvl} และการชื่นชมเห็นคุณค่า (Appreciation) อยู่ในระดับ {lvl2} "),
    "ตำบลที่ผ่านเกณฑ์ตำบลคุณภาพชีวิตดี จำนวน {k} ตำบล จากทั้งหมด {m} ตำบล คิดเป็นร้อยละ {pct} ",
)


@dataclass(frozen=True)
class Place:
    province: str
    province_code: str
    districts: tuple[str, ...]  # of the province
    district: str | None  # the district a district-level report is about
    subdistricts: tuple[str, ...]


def _provinces() -> list[geothai.Province]:
    return [p for p in geothai.provinces() if p.code != BANGKOK]


def pick_place(rng: random.Random) -> Place:
    """A real province, and for district-level reports one of its real districts and tambons."""
    prov = rng.choice(_provinces())
    districts = tuple(d.name_th for d in geothai.districts(prov.code))
    if rng.random() < 0.5:
        return Place(prov.name_th, prov.code, districts, None, ())
    d = rng.choice(geothai.districts(prov.code))
    subs = tuple(s.name_th for s in geothai.subdistricts(d.code))
    return Place(prov.name_th, prov.code, districts, d.name_th, subs)


# ------------------------------------------------------------------ writing .docx


class Writer:
    """A python-docx document with Thai fonts, digits in the chosen script, and the corpus' table kinds."""

    def __init__(self, thai_digits: bool) -> None:
        self.doc = docx.Document()
        self.thai_digits = thai_digits
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Number", "Header", "Footer"):
            style = self.doc.styles[name]
            style.font.name = THAI_FONT
            style.font.size = Pt(BODY_PT + {"Heading 1": 4, "Heading 2": 2, "Title": 6}.get(name, 0))
            _complex_script_font(style.element.get_or_add_rPr(), style.font.size.pt)

    def t(self, text: str) -> str:
        return arabic_digit_to_thai_digit(text) if self.thai_digits else text

    def heading(self, text: str, level: int) -> None:
        self.doc.add_heading(self.t(text), level)

    def para(self, text: str, *, bold: bool = False, center: bool = False) -> None:
        p = self.doc.add_paragraph()
        run = p.add_run(self.t(text))
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.paragraph_format.first_line_indent = Pt(36)

    def numbered(self, items: list[str]) -> None:
        for item in items:
            self.doc.add_paragraph(self.t(item), style="List Number")

    def table(self, header: list[list[str]], rows: list[list[str]], *, merge_down: tuple[int, ...] = (),
              total: list[str] | None = None, widths_cm: tuple[float, ...] = ()) -> None:
        """A Table Grid table; ``header`` rows may use "<" (merge left) and "^" (merge up); cells of
        body columns in ``merge_down`` that are "^" merge with the cell above (one activity, many costs)."""
        all_rows = header + rows + ([total] if total else [])
        table = self.doc.add_table(rows=len(all_rows), cols=len(all_rows[0]))
        table.style = "Table Grid"
        table.autofit = not widths_cm
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)
        grid = [r.cells for r in table.rows]
        for r, values in enumerate(all_rows):
            for c, value in enumerate(values):
                if value in ("<", "^"):
                    continue
                cell = grid[r][c]
                run = cell.paragraphs[0].add_run(self.t(value))
                run.font.size = Pt(TABLE_PT)
                run.bold = r < len(header) or (total is not None and r == len(all_rows) - 1)
        # One merge per run: a merge removes the swallowed w:tc, so chaining them would fail.
        for r, values in enumerate(all_rows):
            for start, end in _runs([v == "<" for v in values]):
                grid[r][start - 1].merge(grid[r][end])
        for c in range(len(all_rows[0])):
            mergeable = [v[c] == "^" and (r < len(header) or c in merge_down) for r, v in enumerate(all_rows)]
            for start, end in _runs(mergeable):
                grid[start - 1][c].merge(grid[end][c])

    def header_footer(self, header: str) -> None:
        section = self.doc.sections[0]
        section.header.paragraphs[0].text = self.t(header)
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(self.t("หน้า "))
        _page_field(p.add_run())

    def save(self, path: Path) -> None:
        self.doc.core_properties.author = "pcc-ingest benchmark"
        self.doc.save(str(path))


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of True values."""
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def _complex_script_font(rpr, size_pt: float) -> None:
    """Thai is a complex script: Word uses w:cs and w:szCs, not the Latin font and size."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), THAI_FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        rpr.append(szcs)
    szcs.set(qn("w:val"), str(int(size_pt * 2)))


def _page_field(run) -> None:
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)


# ------------------------------------------------------------------ content


def _money(n: int) -> str:
    return f"{n:,}"


def _period(rng: random.Random, year: int) -> str:
    a = rng.randrange(12)
    b = rng.randrange(a, 12)
    ya, yb = (year - 1 if a < 3 else year), (year - 1 if b < 3 else year)
    if a == b:
        return f"{rng.randint(1, 28)} {MONTHS[a]} {ya}"
    return f"{MONTHS[a]} {ya} – {MONTHS[b]} {yb}"


def _activity_rows(rng: random.Random, place: Place, year: int, count: int) -> tuple[list[list[str]], int]:
    """Plan/budget rows (ที่, กิจกรรม, ระยะเวลา, รายละเอียด, จำนวนเงิน, แหล่ง) with merged activity cells."""
    rows: list[list[str]] = []
    total = 0
    region = rng.randint(1, 12)
    for i in range(1, count + 1):
        activity = rng.choice(ACTIVITIES).format(
            k=rng.randint(1, 4), year=year, n=rng.randint(20, 300), issue=rng.choice(ISSUES)
        )
        source = rng.choice(SOURCES).format(province=place.province, region=region)
        if source == "ไม่ใช้งบประมาณ":
            rows.append([str(i), activity, _period(rng, year), "ไม่ใช้งบประมาณ", "-", "-"])
            continue
        people = rng.randint(20, 200)
        for j in range(rng.randint(1, 4)):
            template, prices = rng.choice(COSTS)
            m, p = rng.randint(1, 6), rng.choice(prices)
            amount = m * p * people if "{n}" in template and "{m}" in template else (
                p * people if "{n}" in template else m * p)
            total += amount
            detail = template.format(m=m, p=p, n=people)
            if j == 0:
                rows.append([str(i), activity, _period(rng, year), detail, _money(amount), source])
            else:
                rows.append(["^", "^", "^", detail, _money(amount), "^"])
    return rows, total


def _results_rows(rng: random.Random, units: tuple[str, ...], year: int) -> tuple[list[list[str]], list[str]]:
    """Results by district (or tambon): target, done, per cent, three baseline years."""
    rows, tt, td = [], 0, 0
    for name in units:
        target = rng.randint(3, 25)
        done = rng.randint(0, target)
        tt, td = tt + target, td + done
        rows.append([name, str(target), str(done), f"{100 * done / target:.2f}",
                     *(f"{rng.uniform(20, 95):.2f}" for _ in range(3))])
    total = ["รวม", str(tt), str(td), f"{100 * td / max(tt, 1):.2f}", *(f"{rng.uniform(40, 90):.2f}" for _ in range(3))]
    return rows, total


def _issue_rows(rng: random.Random, districts: tuple[str, ...]) -> list[list[str]]:
    return [[str(i), d, *rng.sample(ISSUES, 2)] for i, d in enumerate(districts, 1)]


def _uccare_rows(rng: random.Random, districts: tuple[str, ...]) -> list[list[str]]:
    rows = []
    for d in districts:
        scores = [rng.randint(1, 5) for _ in range(6)]
        rows.append([d, *map(str, scores), f"{sum(scores) / 6:.2f}", "ผ่าน" if min(scores) >= 3 else "ไม่ผ่าน"])
    return rows


def _prose(rng: random.Random, place: Place, year: int, sentences: int) -> str:
    where = f"อำเภอ{place.district} จังหวัด{place.province}" if place.district else f"จังหวัด{place.province}"
    out = []
    for _ in range(sentences):
        out.append(rng.choice(PROSE).format(
            place=where, year=year, n1=rng.randint(2000, 30000), n2=rng.randint(50, 900), n3=rng.randint(5, 200),
            pct=f"{rng.uniform(50, 100):.2f}", rate=f"{rng.uniform(8, 40):.2f}", issue=rng.choice(ISSUES),
            lvl=rng.randint(1, 5), lvl2=rng.randint(1, 5), k=rng.randint(3, 20), m=rng.randint(20, 40),
        ))
    return "".join(out).strip()


def build_docx(path: Path, seed: int, *, detail_sections: int | None = None) -> None:
    """Write one report: its type, place, year, digits and length all drawn from ``seed``.

    ``detail_sections`` adds that many district detail sections (issues,
    narrative, activity/budget table each) to make a long report.
    """
    rng = random.Random(seed)
    place = pick_place(rng)
    year = rng.randint(2560, 2568)
    kind = rng.choice(DOC_TYPES)
    w = Writer(thai_digits=rng.random() < 0.15)
    where = f"อำเภอ{place.district} จังหวัด{place.province}" if place.district else f"จังหวัด{place.province}"
    w.header_footer(f"สำนักงานสาธารณสุข{'อำเภอ' + place.district if place.district else 'จังหวัด' + place.province}")
    w.para(TITLES[kind], bold=True, center=True)
    w.para(f"{where} ประจำปีงบประมาณ พ.ศ. {year}", bold=True, center=True)
    units = place.subdistricts if place.district else place.districts
    unit_word = "ตำบล" if place.district else "อำเภอ"
    w.heading("1. หลักการและเหตุผล", 1)
    for _ in range(rng.randint(1, 4)):
        w.para(_prose(rng, place, year, rng.randint(2, 6)))
    w.heading("2. วัตถุประสงค์", 1)
    w.numbered([f"เพื่อขับเคลื่อนประเด็น{i}" for i in rng.sample(ISSUES, rng.randint(2, 5))])
    if kind in ("action-plan", "inspection") or rng.random() < 0.3:
        w.heading(f"3. ประเด็นการพัฒนาคุณภาพชีวิตราย{unit_word} ปี {year}", 1)
        w.table([["ที่", unit_word, "ประเด็นขับเคลื่อน", "<"], ["^", "^", "ประเด็นที่ 1", "ประเด็นที่ 2"]],
                _issue_rows(rng, units), widths_cm=(1.0, 4.0, 6.0, 6.0))
    if kind in ("progress", "inspection") or rng.random() < 0.3:
        w.heading(f"ผลการดำเนินงานจำแนกราย{unit_word}", 1)
        rows, total = _results_rows(rng, units, year)
        w.table([[unit_word, f"ปี {year}", "<", "<", "Base line (ร้อยละ)", "<", "<"],
                 ["^", "เป้าหมาย (ตำบล)", "ผลงาน (ตำบล)", "ร้อยละ", str(year - 3), str(year - 2), str(year - 1)]],
                rows, total=total, widths_cm=(4.4, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1))
    if kind == "progress" and rng.random() < 0.6:
        w.heading("ผลการประเมินตนเองตามองค์ประกอบ UCCARE", 2)
        w.table([[unit_word, "U", "C", "C", "A", "R", "E", "เฉลี่ย", "ผลการประเมิน"]], _uccare_rows(rng, units))
    if kind in ("action-plan", "project") or rng.random() < 0.4:
        w.heading("กิจกรรม ระยะเวลา และงบประมาณ", 1)
        rows, total = _activity_rows(rng, place, year, rng.randint(2, 14))
        w.table([["ที่", "กิจกรรม", "ระยะเวลา", "รายละเอียดงบประมาณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]],
                rows, merge_down=(0, 1, 2, 5), total=["รวม", "<", "<", "<", _money(total), ""],
                widths_cm=PLAN_WIDTHS_CM)
        w.para(f"รวมงบประมาณทั้งสิ้น {_money(total)} บาท ({bahttext(total)})")
    if kind == "minutes":
        for agenda in range(1, rng.randint(3, 7)):
            w.heading(f"ระเบียบวาระที่ {agenda}", 2)
            w.para(_prose(rng, place, year, rng.randint(1, 5)))
            w.para("มติที่ประชุม รับทราบ")
    for k in range(detail_sections or 0):
        name = units[k % len(units)] if units else place.province
        w.heading(f"{unit_word}{name}", 2)
        w.numbered(rng.sample(ISSUES, rng.randint(1, 3)))
        w.para(_prose(rng, place, year, rng.randint(3, 8)))
        rows, total = _activity_rows(rng, place, year, rng.randint(3, 6))
        w.table([["ที่", "กิจกรรม", "ระยะเวลา", "รายละเอียดงบประมาณ", "จำนวนเงิน (บาท)", "แหล่งงบประมาณ"]],
                rows, merge_down=(0, 1, 2, 5), total=["รวม", "<", "<", "<", _money(total), ""],
                widths_cm=PLAN_WIDTHS_CM)
    w.heading("ปัญหา อุปสรรค และข้อเสนอแนะ", 1)
    w.numbered([_prose(rng, place, year, 1) for _ in range(rng.randint(1, 4))])
    w.save(path)


# ------------------------------------------------------------------ cache


@dataclass(frozen=True)
class Bulk:
    folder: Path
    docx: list[Path]
    pdf: list[Path]
    distinct_pdfs: int
    pdf_pages: dict[str, int]  # distinct PDF name -> pages


def _build_one(args: tuple[str, int, int | None]) -> str:
    path, seed, sections = args
    build_docx(Path(path), seed, detail_sections=sections)
    return path


def _build_many(jobs: list[tuple[str, int, int | None]], workers: int) -> None:
    if not jobs:
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_build_one, jobs, chunksize=8))


def convert_to_pdf(sources: list[Path], out_dir: Path) -> None:
    """All ``sources`` to PDF in one LibreOffice call (starting soffice costs seconds).

    TH SarabunPSK is not installed: like the corpus build, LibreOffice gets a
    private fontconfig with Laksaman rescaled and renamed TH SarabunPSK
    (``scripts/build_corpus.write_substitute_font``), so pages hold as much
    text as real 16 pt Sarabun pages do.
    """
    if not sources:
        return
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDFs")
    work = Path(tempfile.mkdtemp(prefix="lo_bench_"))
    try:
        env = dict(os.environ, FONTCONFIG_FILE=str(_sarabun_fontconfig(work)))
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work / 'profile'}", "--convert-to", "pdf",
             "--outdir", str(out_dir), *map(str, sources)],
            check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S, env=env,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    missing = [s.name for s in sources if not (out_dir / (s.stem + ".pdf")).is_file()]
    if missing:
        raise SystemExit(f"LibreOffice did not convert: {', '.join(missing)}")


def _sarabun_fontconfig(work: Path) -> Path:
    """A fontconfig file adding the corpus build's TH SarabunPSK substitute to the system fonts."""
    spec = importlib.util.spec_from_file_location("build_corpus", BUILD_CORPUS)
    build_corpus = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_corpus", build_corpus)  # dataclasses look their module up there
    spec.loader.exec_module(build_corpus)
    fonts = work / "fonts"
    fonts.mkdir()
    for file_name, style in build_corpus.SUBSTITUTE_FONT_FILES:
        build_corpus.write_substitute_font(build_corpus.TLWG_DIR / file_name, fonts / f"THSarabunPSK-{style}.ttf", style)
    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{fonts}</dir>\n  <cachedir>{work / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def pdf_pages(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def ensure_bulk(cache: Path, n_docs: int, *, workers: int = 2, log: Callable[[str], None] = print) -> Bulk:
    """The bulk folder for ``n_docs`` documents (about PDF_SHARE of them PDF copies), built if missing."""
    cache = cache / f"v{GENERATOR_VERSION}"
    docx_dir, src_dir, pdf_dir = cache / "docx", cache / "pdf-src", cache / "pdf"
    for d in (docx_dir, src_dir, pdf_dir):
        d.mkdir(parents=True, exist_ok=True)
    n_pdf = max(2, round(n_docs * PDF_SHARE))
    n_docx = n_docs - n_pdf
    n_distinct = min(MAX_DISTINCT_PDFS, n_pdf)

    jobs = [(str(docx_dir / f"d{i:05d}.docx"), 1_000_000 + i, None) for i in range(n_docx)]
    todo = [j for j in jobs if not Path(j[0]).is_file()]
    if todo:
        log(f"generating {len(todo)} .docx with python-docx ...")
        _build_many(todo, workers)

    srcs = []
    for i in range(n_distinct):
        long_one = i % LONG_PDF_EVERY == LONG_PDF_EVERY - 1
        rng = random.Random(2_000_000 + i)
        sections = rng.randint(*LONG_SECTIONS) if long_one else None
        srcs.append((str(src_dir / f"s{i:03d}.docx"), 2_000_000 + i, sections))
    pending = [s for s in srcs if not (pdf_dir / (Path(s[0]).stem + ".pdf")).is_file()]
    if pending:
        log(f"generating {len(pending)} .docx for PDFs and converting them with LibreOffice (one call) ...")
        _build_many([s for s in pending if not Path(s[0]).is_file()], workers)
        convert_to_pdf([Path(s[0]) for s in pending], pdf_dir)
    distinct = [pdf_dir / (Path(s[0]).stem + ".pdf") for s in srcs]
    pages = {p.name: pdf_pages(p) for p in distinct}

    folder = cache / f"bulk-{n_docs}"
    if not folder.is_dir():
        log(f"assembling {folder} ...")
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        # PDFs spread through the docx in name order, so a folder walk meets both kinds throughout.
        step = n_docs / n_pdf
        pdf_slots = {int(k * step) for k in range(n_pdf)}
        d_iter, p_count = iter(range(n_docx)), 0
        for slot in range(n_docs):
            if slot in pdf_slots and p_count < n_pdf:
                src = distinct[p_count % n_distinct]
                target = tmp / f"{slot:05d}-{src.stem}-copy{p_count // n_distinct}.pdf"
                target.write_bytes(src.read_bytes() + f"\n% pcc-ingest benchmark copy {p_count}\n".encode())
                p_count += 1
            else:
                i = next(d_iter)
                os.link(docx_dir / f"d{i:05d}.docx", tmp / f"{slot:05d}-d{i:05d}.docx")
        tmp.rename(folder)
    files = sorted(folder.iterdir())
    return Bulk(
        folder=folder,
        docx=[f for f in files if f.suffix == ".docx"],
        pdf=[f for f in files if f.suffix == ".pdf"],
        distinct_pdfs=n_distinct,
        pdf_pages=pages,
    )


def ensure_large_pdf(cache: Path, min_pages: int, *, log: Callable[[str], None] = print) -> Path:
    """One PDF of at least ``min_pages`` pages (a long province report), built if missing."""
    cache = cache / f"v{GENERATOR_VERSION}" / "large"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"large-{min_pages}.pdf"
    if target.is_file():
        return target
    sections = int(min_pages / PAGES_PER_SECTION_GUESS) + 2
    for _ in range(3):
        src = cache / f"large-{min_pages}.docx"
        log(f"generating a {min_pages}-page report ({sections} sections) and converting it ...")
        build_docx(src, 3_000_000 + min_pages, detail_sections=sections)
        convert_to_pdf([src], cache)
        pages = pdf_pages(cache / f"{src.stem}.pdf")
        if pages >= min_pages:
            return target
        sections = int(sections * min_pages / pages) + 2
        (cache / f"{src.stem}.pdf").unlink()
    raise SystemExit(f"could not make a {min_pages}-page PDF")
