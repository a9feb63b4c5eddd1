"""Refuse a zip package (.docx) that would inflate past a safety limit, before it is inflated.

python-docx loads every part of a package into memory, so a "zip bomb" (a
few hundred kilobytes that inflate to gigabytes) would exhaust a worker.
The sizes the zip declares are checked first, which costs nothing.  A zip
can understate them, and ``zipfile`` reading a part in one go inflates all of
it before cutting it to the declared size, so each part is then inflated
once more in bounded chunks and its real size counted, stopping at the limit.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from pcc_ingest.errors import DamagedFile, TooLarge

MB = 1024 * 1024
# All parts together, inflated: far above any report (photos included), far
# below what a 2-process run can hold in memory.
MAX_INFLATED_BYTES = 200 * MB
# Word's XML compresses 5-30 times; a part that large inflating more than
# this many times over is padding built to inflate, not a document.
MAX_RATIO = 100
RATIO_FLOOR = 10 * MB  # smaller parts are never refused for their ratio
CHUNK = MB
# Methods Word writes.  zipfile inflates bzip2/LZMA without an output bound,
# so those are refused before reading.
WORD_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def check_package_size(path: Path) -> None:
    """Raise ``TooLarge`` if the package at ``path`` declares or holds more than the limits allow."""
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        declared = 0
        for info in infos:
            if info.compress_type not in WORD_COMPRESSION:
                raise DamagedFile(f"{path.name}: {info.filename} uses zip compression method "
                                  f"{info.compress_type}, which Word never writes")
            declared += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise TooLarge(f"{path.name}: {info.filename} would inflate {info.file_size // max(info.compress_size, 1)} "
                               f"times over, to {info.file_size // MB} MB (a zip bomb); not opened")
        if declared > MAX_INFLATED_BYTES:
            raise TooLarge(f"{path.name}: the package would inflate to {declared // MB} MB, over the "
                           f"{MAX_INFLATED_BYTES // MB} MB limit; not opened")
        inflated = 0
        for info in infos:
            inflated += _inflated_size(z, info, MAX_INFLATED_BYTES - inflated)
            if inflated > MAX_INFLATED_BYTES:
                raise TooLarge(f"{path.name}: {info.filename} inflates past the {MAX_INFLATED_BYTES // MB} MB "
                               f"limit although the zip declares {info.file_size} bytes; stopped there")


def _inflated_size(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int:
    """The real inflated size of one part, counted chunk by chunk up to just past ``limit``.

    The part is opened as if it declared two chunks more than ``limit`` so
    that reading goes on past an understated size, and stops (at most one
    chunk past the limit) before ``zipfile`` would cut the part short and
    fail its CRC; a part read to its real end has its CRC checked
    (``BadZipFile`` when the content was altered).
    """
    probe = copy.copy(info)
    probe.file_size = limit + 2 * CHUNK
    size = 0
    with z.open(probe) as f:
        while size <= limit and (chunk := f.read(CHUNK)):
            size += len(chunk)
    return size
