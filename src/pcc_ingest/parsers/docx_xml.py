"""WordprocessingML helpers every part of the .docx reader shares.

The namespaces, attribute reading that tolerates missing or malformed
values, related-part lookup, and walking block containers through content
controls and custom XML (where Word may wrap paragraphs, tables, rows and
cells).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = f"{{{W_NS}}}"
NS = {"w": W_NS, "mc": MC_NS}


def related_root(part, reltype: str) -> etree._Element | None:
    """The XML root of the part related to ``part`` by ``reltype``, if any.

    Looked up through the relationships, because python-docx's own accessors
    create a default part when the document has none.
    """
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else etree.fromstring(target.blob)
    return None


def w_attr(el: etree._Element | None, name: str) -> str | None:
    """Attribute ``w:name`` of ``el``; ``None`` when ``el`` or the attribute is missing."""
    return None if el is None else el.get(W + name)


def w_int(el: etree._Element | None) -> int | None:
    """``el``'s ``w:val`` as a number; ``None`` when missing or not a whole number."""
    value = w_attr(el, "val")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def w_int_attr(el: etree._Element, name: str) -> int:
    """Attribute ``w:name`` as a number (a level index); 0 when missing or malformed."""
    try:
        return int(w_attr(el, name) or 0)
    except ValueError:
        return 0


def block_children(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a container, looking through content controls and custom XML."""
    for el in container:
        tag = el.tag
        if tag == W + "p" or tag == W + "tbl":
            yield el
        elif tag == W + "sdt":
            content = el.find(W + "sdtContent")
            if content is not None:
                yield from block_children(content)
        elif tag == W + "customXml":
            yield from block_children(el)


def children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, looking through content controls."""
    for child in el:
        if child.tag == W + name:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from children(content, name)
