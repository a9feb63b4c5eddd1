"""Make the corpus's scanned and damaged PDFs from built corpus PDFs, with their gold files.

Why: real พชอ. reports arrive as scans (no text layer) and as PDFs whose Thai text
layer is broken while the page still looks right ("ค าน า" for "คำนำ", or glyph
soup).  The pipeline must notice, repair what is safe and OCR the rest; these
files let the tests and ``scripts/ocr_similarity.py`` measure that on documents
whose true text and labels are known.

* ``<slug>-scan.pdf``: every page of ``corpus/<slug>.pdf`` rendered at 200 dpi in
  grey, turned by 0.5-1.5 degrees, blurred and speckled like a flatbed scan, and
  stored as an image-only PDF (JPEG pages, Pillow).
* ``<slug>-damaged-<kind>.pdf``: ``corpus/<slug>.pdf`` with only its text layer
  broken, so the page renders exactly as before.  LibreOffice draws ำ as two
  glyphs (nikhahit-like ring + า) and says what they mean in ``/ActualText``
  spans and the fonts' ``/ToUnicode`` maps; the damage edits those:

  - ``sara-am``: the ำ spans are removed, the ring glyph is mapped to a space
    and the other glyphs of the span (the sara aa LibreOffice shares with
    ำ, a tone) to what they draw, as in Word-made PDFs whose copied text
    reads "ค าน า";
  - ``glyph-soup``: every ``/ActualText`` span and every ``/ToUnicode`` map is
    removed, as in PDFs made with subset fonts that carry no Unicode map: a
    reader gets the font's private glyph codes.

Each derived file's gold file is the source document's gold file with the new
``source`` (same content, same labels).  Deterministic: fixed seeds and dates.

    python scripts/make_damaged_pdfs.py
"""

from __future__ import annotations

import json
import random
import re
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

# Short documents on purpose: every scanned page costs seconds of OCR in the tests.
SCAN_SOURCES = ("chiang-mai-mae-chaem-2567-progress", "phrae-wang-chin-2567-project")
DAMAGED_SOURCES = (
    ("udon-thani-kumphawapi-2565-project", "sara-am"),
    ("phitsanulok-wat-bot-2564-project", "glyph-soup"),
)

SCAN_DPI = 200
SCAN_JPEG_QUALITY = 60
MIN_SKEW, MAX_SKEW = 0.5, 1.5  # degrees, either way
SCAN_BLUR = 0.6  # Gaussian radius in pixels: scanner optics
SCAN_NOISE = 7.0  # standard deviation of the grey-level noise
SCAN_SPECKS = 400  # dust specks per page
FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC).timetuple()  # Pillow writes a struct_time as a PDF date

SARA_AM_CODE = b"0E33"
SPACE_CODE = b"0020"

# "N 0 obj" opening an indirect object.
OBJECT_START = re.compile(rb"(\d+) 0 obj\s*")
# "N 0 obj 1234 endobj": an integer object (LibreOffice writes stream lengths so).
INTEGER_OBJECT = re.compile(rb"(\d+) 0 obj\s*(\d+)\s*endobj")
# The end of a stream's dictionary and the keyword that starts its data.
STREAM_KEYWORD = re.compile(rb">>\s*stream\r?\n")
# A stream's /Length, direct or as a reference to an integer object.
STREAM_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+0\s+R)?")
# The trailer dictionary of the file's (single) cross-reference section.
TRAILER = re.compile(rb"trailer\s*(<<.*?>>)\s*startxref", re.DOTALL)
TRAILER_SIZE = re.compile(rb"/Size\s+\d+")
# A marked-content span that tells readers what its glyphs mean:
# "/Span<</ActualText<FEFF0E33>>> BDC ... EMC".
ACTUAL_TEXT_SPAN = re.compile(rb"/Span\s*<<\s*/ActualText\s*<(?P<hex>[0-9A-Fa-f]+)>\s*>>\s*BDC\s*(?P<body>.*?)EMC\s*", re.DOTALL)
# One "<code> <unicode>" line of a ToUnicode CMap's bfchar section.
BFCHAR = re.compile(rb"<(?P<code>[0-9A-Fa-f]+)>\s*<(?P<uni>[0-9A-Fa-f]+)>")
# A font dictionary's reference to its ToUnicode CMap.
TO_UNICODE_REF = re.compile(rb"/ToUnicode\s+(?P<obj>\d+)\s+0\s+R")
# A resource dictionary's font dictionary, and one "/F1 12 0 R" entry of it.
FONT_RESOURCES = re.compile(rb"/Font\s+(?P<obj>\d+)\s+0\s+R")
RESOURCE_ENTRY = re.compile(rb"/(?P<name>[A-Za-z0-9]+)\s+(?P<obj>\d+)\s+0\s+R")
# "/F2 18 Tf": the content stream selects a font; "<0D02>": a string of one-byte glyph codes.
FONT_SELECT = re.compile(rb"/(?P<name>[A-Za-z0-9]+)\s+[\d.]+\s+Tf")
HEX_STRING = re.compile(rb"<(?P<hex>[0-9A-Fa-f]+)>")


# --------------------------------------------------------------------------- PDF objects


class PdfFile:
    """The indirect objects of a PDF with one classic xref section (as LibreOffice writes it).

    Enough to edit streams and dictionaries and write a valid file again;
    not a general PDF parser (no object streams, no incremental updates).
    """

    def __init__(self, data: bytes) -> None:
        self.header = data[: OBJECT_START.search(data).start()]
        integers = {int(m[1]): int(m[2]) for m in INTEGER_OBJECT.finditer(data)}
        self.objects: dict[int, tuple[bytes, bytes | None]] = {}  # number -> (dictionary/body, stream data)
        pos = len(self.header)
        while (m := OBJECT_START.match(data, pos)) is not None:
            number, start = int(m[1]), m.end()
            end_obj = data.index(b"endobj", start)
            stream = STREAM_KEYWORD.search(data, start, end_obj)
            if stream is None:
                self.objects[number] = (data[start:end_obj].rstrip(), None)
                pos = end_obj + len(b"endobj")
            else:
                head = data[start : stream.start() + 2]
                length = STREAM_LENGTH.search(head)
                size = integers[int(length[1])] if length[2] else int(length[1])
                self.objects[number] = (head, data[stream.end() : stream.end() + size])
                pos = data.index(b"endobj", stream.end() + size) + len(b"endobj")
            pos = len(data) - len(data[pos:].lstrip())
        self.trailer = TRAILER.search(data, pos)[1]

    def streams(self) -> list[int]:
        """Numbers of the Flate-compressed streams other than embedded font files."""
        return [
            n for n, (head, data) in self.objects.items()
            if data is not None and b"/FlateDecode" in head and b"/Length1" not in head
        ]

    def edit_stream(self, number: int, edit: Callable[[bytes], bytes]) -> None:
        head, data = self.objects[number]
        new = zlib.compress(edit(zlib.decompress(data)), 9)
        self.objects[number] = (STREAM_LENGTH.sub(f"/Length {len(new)}".encode(), head, count=1), new)

    def edit_dicts(self, edit: Callable[[bytes], bytes]) -> None:
        for number, (head, data) in list(self.objects.items()):
            if data is None:
                self.objects[number] = (edit(head), None)

    def to_bytes(self) -> bytes:
        out = bytearray(self.header)
        offsets: dict[int, int] = {}
        for number in sorted(self.objects):
            head, data = self.objects[number]
            offsets[number] = len(out)
            out += f"{number} 0 obj\n".encode() + head
            if data is not None:
                out += b"\nstream\n" + data + b"\nendstream"
            out += b"\nendobj\n"
        size = max(offsets) + 1
        xref = len(out)
        out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
        for number in range(1, size):
            out += (f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n").encode()
        trailer = TRAILER_SIZE.sub(f"/Size {size}".encode(), self.trailer)
        out += b"trailer\n" + trailer + f"\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)


def drop_actual_text(content: bytes, wanted: Callable[[bytes], bool]) -> bytes:
    """Unwrap the ``/ActualText`` spans whose hex text ``wanted`` picks; keep their glyphs."""
    return ACTUAL_TEXT_SPAN.sub(lambda m: m["body"] if wanted(m["hex"].upper()) else m[0], content)


def map_sara_am_to_space(cmap: bytes, unmapped: dict[int, str]) -> bytes:
    """A ToUnicode map that reads ำ's ring glyph as a space and ``unmapped`` codes as the given text."""
    cmap = BFCHAR.sub(lambda m: b"<%s> <%s>" % (m["code"], SPACE_CODE) if m["uni"].upper() == SARA_AM_CODE else m[0], cmap)
    known = {int(m["code"], 16) for m in BFCHAR.finditer(cmap)}
    extra = [(code, text) for code, text in sorted(unmapped.items()) if code not in known]
    if not extra:
        return cmap
    lines = b"".join(b"<%02X> <%s>\n" % (code, text.encode("utf-16-be").hex().upper().encode()) for code, text in extra)
    return cmap.replace(b"endcmap", b"%d beginbfchar\n%sendbfchar\nendcmap" % (len(extra), lines), 1)


def sara_am_glyphs(pdf: PdfFile) -> dict[int, dict[int, str]]:
    """For each ToUnicode stream, what the glyphs drawn inside ำ spans after the ring draw.

    The span's text is (tone +) ำ, its glyphs ring (+ tone) + sara aa: the
    last glyph is sara aa, any middle one the tone.
    """
    fonts: dict[bytes, int] = {}  # resource name -> ToUnicode stream number
    for head, data in pdf.objects.values():
        if data is None and (res := FONT_RESOURCES.search(head)):
            for entry in RESOURCE_ENTRY.finditer(pdf.objects[int(res["obj"])][0]):
                if uni := TO_UNICODE_REF.search(pdf.objects[int(entry["obj"])][0]):
                    fonts[entry["name"]] = int(uni["obj"])
    glyphs: dict[int, dict[int, str]] = {}
    for number in pdf.streams():
        content = zlib.decompress(pdf.objects[number][1])
        for span in ACTUAL_TEXT_SPAN.finditer(content):
            if SARA_AM_CODE not in span["hex"].upper():
                continue
            font = list(FONT_SELECT.finditer(content, 0, span.end()))[-1]["name"]
            codes = b"".join(bytes.fromhex(h.decode()) for h in HEX_STRING.findall(span["body"]))
            text = bytes.fromhex(span["hex"].decode()).decode("utf-16-be").lstrip("\ufeff")
            drawn = glyphs.setdefault(fonts[font], {})
            drawn[codes[-1]] = "\u0e32"
            for code, tone in zip(codes[1:-1], text[:-1]):
                drawn[code] = tone
    return glyphs


def damage_sara_am(pdf: PdfFile) -> None:
    glyphs = sara_am_glyphs(pdf)
    for number in pdf.streams():
        if b"begincmap" in zlib.decompress(pdf.objects[number][1]):
            pdf.edit_stream(number, partial(map_sara_am_to_space, unmapped=glyphs.get(number, {})))
        else:
            pdf.edit_stream(number, lambda c: drop_actual_text(c, lambda hex_text: SARA_AM_CODE in hex_text))


def damage_glyph_soup(pdf: PdfFile) -> None:
    for number in pdf.streams():
        if b"begincmap" not in zlib.decompress(pdf.objects[number][1]):
            pdf.edit_stream(number, lambda c: drop_actual_text(c, lambda _: True))
    pdf.edit_dicts(lambda head: TO_UNICODE_REF.sub(b"", head))


DAMAGE: dict[str, Callable[[PdfFile], None]] = {"sara-am": damage_sara_am, "glyph-soup": damage_glyph_soup}


def make_damaged(slug: str, kind: str) -> Path:
    pdf = PdfFile((CORPUS / f"{slug}.pdf").read_bytes())
    DAMAGE[kind](pdf)
    target = CORPUS / f"{slug}-damaged-{kind}.pdf"
    target.write_bytes(pdf.to_bytes())
    return target


# --------------------------------------------------------------------------- scans


def scanned(page: Image.Image, rng: random.Random, noise: np.random.Generator) -> Image.Image:
    """A clean grey page image made to look like a flatbed scan."""
    angle = rng.uniform(MIN_SKEW, MAX_SKEW) * rng.choice((-1, 1))
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(turned.filter(ImageFilter.GaussianBlur(SCAN_BLUR)), dtype=np.float32)
    pixels = pixels + noise.normal(0.0, SCAN_NOISE, pixels.shape)
    ys = noise.integers(0, pixels.shape[0], SCAN_SPECKS)
    xs = noise.integers(0, pixels.shape[1], SCAN_SPECKS)
    pixels[ys, xs] = noise.uniform(40, 160, SCAN_SPECKS)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def make_scan(slug: str) -> Path:
    seed = sum(slug.encode())
    rng, noise = random.Random(seed), np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(CORPUS / f"{slug}.pdf"))
    try:
        pages = [
            scanned(pdf[i].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L"), rng, noise)
            for i in range(len(pdf))
        ]
    finally:
        pdf.close()
    target = CORPUS / f"{slug}-scan.pdf"
    pages[0].save(
        target, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI, quality=SCAN_JPEG_QUALITY,
        title=f"{slug} (scan)", creationDate=FIXED_DATE, modDate=FIXED_DATE,
    )
    return target


# --------------------------------------------------------------------------- gold


def copy_gold(slug: str, derived: Path) -> Path:
    """The source document's labels under the derived file's name: same content, same records."""
    record = json.loads((GOLD / f"{slug}.pdf.json").read_text(encoding="utf-8"))
    record["source"] = derived.name
    target = GOLD / f"{derived.name}.json"
    target.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def main() -> int:
    for slug in SCAN_SOURCES:
        made = make_scan(slug)
        print(made.relative_to(ROOT), copy_gold(slug, made).relative_to(ROOT))
    for slug, kind in DAMAGED_SOURCES:
        made = make_damaged(slug, kind)
        print(made.relative_to(ROOT), copy_gold(slug, made).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
