"""Read a .docx into blocks in the order a reader meets them.

python-docx opens the package; the body is then walked as XML
(``docx_body``) so that tables stand where they are between paragraphs
(python-docx lists paragraphs and tables apart), merged cells are read once,
nested tables follow their cell, text boxes follow their anchor paragraph,
and the list labels Word generates ("๑.", "1.2", "ก)") are rebuilt from
``numbering.xml`` (``docx_numbering``, through the styles of ``docx_styles``).
Page headers and footers come last, once each, as ``header``/``footer`` blocks.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from pcc_ingest.model import RawBlock
from pcc_ingest.parsers.docx_body import BodyReader
from pcc_ingest.parsers.docx_numbering import Numbering
from pcc_ingest.parsers.docx_styles import Styles
from pcc_ingest.parsers.docx_xml import related_root
from pcc_ingest.parsers.package_limits import check_package_size


def read_docx(path: Path) -> list[RawBlock]:
    """The blocks of a .docx: body in reading order, then headers and footers.

    Raises ``TooLarge`` for a package that would inflate past the safety
    limit (checked before python-docx inflates it), and what python-docx/lxml
    raise on a broken package; ``parsers.parse`` turns those into ``DamagedFile``.
    """
    check_package_size(path)
    document = docx.Document(str(path))
    styles = Styles.from_xml(related_root(document.part, RT.STYLES))
    numbering = Numbering.from_xml(related_root(document.part, RT.NUMBERING), styles)
    reader = BodyReader(styles, numbering)
    reader.read_container(document.element.body, depth=0)
    reader.read_headers_footers(document)
    return reader.blocks
