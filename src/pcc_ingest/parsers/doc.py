"""Read a legacy Word 97-2003 file (.doc, OLE2) into blocks.

LibreOffice converts the file to .docx and the .docx reader reads that, so a
.doc keeps what the extractors lean on: Word's list labels ("1.", "๑.",
"ก)"), the table grid with merged and nested cells, page headers and footers.
antiword is about 250 times faster (5 ms against 1.2 s a file, measured on
the corpus .doc files) but drops every generated list label and draws a table
as "|"-ruled text whose cells wrap onto extra lines with no row boundary, so it
is the fallback: used when LibreOffice is not installed or cannot convert the
file.  Its text is read one paragraph per line, a ruled line as a table row.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pcc_ingest.errors import DamagedFile, MissingTool
from pcc_ingest.model import RawBlock
from pcc_ingest.parsers.docx import read_docx

# A conversion that takes longer than this is stuck (LibreOffice waiting on a
# dialog it cannot show, a pathological file): give up and try antiword.
SOFFICE_TIMEOUT = 120
ANTIWORD_TIMEOUT = 60
# antiword: UTF-8 output, and a whole paragraph on one line (no wrapping).
ANTIWORD_ARGS = ("-m", "UTF-8.txt", "-w", "0")
TABLE_RULE = "|"
ERROR_TAIL = 300  # characters of a tool's stderr quoted in an error message
# stderr lines that are not the reason a tool failed (LibreOffice warns that
# it cannot start Java on every run without one).
WARNING_LINE_RE = re.compile(r"^Warning:.*$", re.MULTILINE)


def read_doc(path: Path) -> list[RawBlock]:
    """The blocks of a .doc: through LibreOffice when it works, else from antiword's text.

    Raises ``MissingTool`` when neither program is installed and ``DamagedFile``
    when neither can read the file.
    """
    soffice, antiword = shutil.which("soffice"), shutil.which("antiword")
    if soffice is None and antiword is None:
        raise MissingTool(
            f"{path.name}: reading a Word 97-2003 (.doc) file needs LibreOffice (soffice) or antiword; "
            "install one (apt-get install libreoffice-writer or antiword), or save the file as .docx"
        )
    problems: list[str] = []
    if soffice is not None:
        try:
            return convert_and_read(path, soffice)
        except DamagedFile as e:
            problems.append(str(e))
    if antiword is not None:
        try:
            return antiword_blocks(run_antiword(path, antiword))
        except DamagedFile as e:
            problems.append(str(e))
    raise DamagedFile("; ".join(problems))


def convert_and_read(path: Path, soffice: str) -> list[RawBlock]:
    """Convert with headless LibreOffice in a private, temporary profile and read the .docx.

    The file is copied to a plain name first so that no file name (Thai,
    spaces, a leading dash) reaches the command line; the profile and the
    output are deleted afterwards.
    """
    with tempfile.TemporaryDirectory(prefix="pcc_lo_") as tmp:
        work = Path(tmp)
        source = work / "in.doc"
        shutil.copyfile(path, source)
        cmd = [
            soffice, "--headless", "--norestore", f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to", "docx", "--outdir", str(work / "out"), str(source),
        ]
        # caches (fontconfig's among them) go under HOME: keep them in the temporary folder
        # too, which also serves a user without a writable home
        _, stderr = _run(cmd, SOFFICE_TIMEOUT, path, "LibreOffice", env={**os.environ, "HOME": tmp})
        converted = work / "out" / "in.docx"
        if not converted.is_file():
            raise DamagedFile(f"{path.name}: LibreOffice could not convert the .doc ({_tail(stderr) or 'no output'})")
        return read_docx(converted)


def run_antiword(path: Path, antiword: str) -> str:
    """antiword's plain text of the file (UTF-8, one paragraph a line)."""
    stdout, stderr = _run([antiword, *ANTIWORD_ARGS, str(path.absolute())], ANTIWORD_TIMEOUT, path, "antiword")
    text = stdout.decode("utf-8", errors="replace")
    if not text.strip():
        raise DamagedFile(f"{path.name}: antiword read no text ({_tail(stderr) or 'empty output'})")
    return text


def antiword_blocks(text: str) -> list[RawBlock]:
    """Blocks from antiword's text: a ruled line ``|a |b |`` is a table row, any other line a paragraph.

    Consecutive ruled lines form one table.  A cell antiword wrapped continues
    on the next ruled line, which therefore reads as a row of its own.
    """
    blocks: list[RawBlock] = []
    paragraphs = tables = row = 0
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(TABLE_RULE) and stripped.endswith(TABLE_RULE) and len(stripped) > 1:
            if not in_table:
                in_table, row = True, 0
                tables += 1
            for col, cell in enumerate(stripped[1:-1].split(TABLE_RULE)):
                blocks.append(RawBlock(kind="table_cell", raw_text=cell.strip(), table=tables - 1, row=row, col=col))
            row += 1
            continue
        in_table = False
        if stripped:
            blocks.append(RawBlock(kind="paragraph", raw_text=stripped, paragraph=paragraphs))
            paragraphs += 1
    return blocks


def _run(cmd: list[str], timeout: int, path: Path, tool: str, env: dict[str, str] | None = None) -> tuple[bytes, bytes]:
    """Run a converter in its own process group; kill the whole group when it overruns.

    LibreOffice's launcher forks ``soffice.bin``: killing only the launcher
    would leave the worker running.
    """
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=env, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise DamagedFile(f"{path.name}: {tool} did not finish within {timeout} s") from None
    if proc.returncode != 0:
        raise DamagedFile(f"{path.name}: {tool} failed ({_tail(stderr) or f'exit status {proc.returncode}'})")
    return stdout, stderr


def _tail(stderr: bytes) -> str:
    """The end of a tool's complaint, on one line, without its warnings."""
    text = WARNING_LINE_RE.sub("", stderr.decode("utf-8", errors="replace"))
    return " ".join(text.split())[-ERROR_TAIL:]
