"""Find the districts a document reports on, as official DOPA codes (geothai).

Names are matched against the official list, never guessed: after a prefix
word ("อำเภอ", "อ.", "พชอ."), as a whole table cell or short line, with the
province as context so "เมือง" is the capital and another province's district
is ignored.  Matching skips white space (PDF text splits words) and, as a second
try, tone marks (damaged text and typos drop them: "ขอนแกน").

The title zone and section headings live here too, because the district of a
single-district report is the one its title names; the other extractors
share them.

``place_names`` holds the official names as they are compared, ``matching``
reads a name at a place in a text, ``headings`` the title zone and section
headings, and ``mentions`` the districts a document reports on.
"""

from pcc_ingest.extract.districts.headings import section_of, title_blocks
from pcc_ingest.extract.districts.matching import (
    district_at_start,
    find_districts,
    find_provinces,
    resolve_district,
)
from pcc_ingest.extract.districts.mentions import (
    district_mentions,
    extract_districts,
    in_other_round,
    listed_after,
)

__all__ = [
    "district_at_start",
    "district_mentions",
    "extract_districts",
    "find_districts",
    "find_provinces",
    "in_other_round",
    "listed_after",
    "resolve_district",
    "section_of",
    "title_blocks",
]
