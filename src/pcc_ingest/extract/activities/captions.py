"""Photo captions: what the pictures show, with the date and head count lines
beside them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from pcc_ingest.extract.activities.dates import dates_in
from pcc_ingest.extract.activities.draft import Draft, head_count, new_draft
from pcc_ingest.extract.activities.rules import activity_rules
from pcc_ingest.extract.activities.titles import title_span
from pcc_ingest.model import Block
from pcc_ingest.thai.dates import PartialDate, find_dates


def _is_caption_date(text: str) -> bool:
    return len(text) <= activity_rules()["merge"]["caption_date_chars"] and bool(find_dates(text))


@dataclass
class Captions:
    """Photo captions read line by line: a name, and the date and venue lines beside it.

    A date line belongs to the last caption still without a date, or else to
    the next caption (text boxes come out in either order); venue lines
    ("ณ ...") are skipped.  Once a date has been seen under its caption, the
    page writes captions first: a date with no caption above it waiting for
    one belongs to a photo without a caption, not to the next caption.
    """

    fy: int | None
    drafts: list[Draft]
    undated: int | None = None
    pending: tuple[PartialDate | None, PartialDate] | None = None
    caption_first: bool = False

    def read(self, block: Block) -> None:
        text = block.text
        if _is_caption_date(text):
            dates = dates_in(text, self.fy)
            if self.undated is not None and dates:
                self.drafts[self.undated] = replace(self.drafts[self.undated], date_from=dates[0], date_to=dates[1])
                self.undated, self.caption_first = None, True
            elif not self.caption_first:
                self.pending = dates
            return
        span = None if text.startswith("ณ") else title_span(text, 0, len(text))
        if span is None:
            self._add_head_count(head_count(text))
            return
        draft = new_draft(block, span, text, self.fy)
        if draft.date_from is None and self.pending:
            draft = replace(draft, date_from=self.pending[0], date_to=self.pending[1])
        self.pending = None
        self.drafts.append(draft)
        self.undated = len(self.drafts) - 1 if draft.date_from is None else None

    def _add_head_count(self, people: int | None) -> None:
        """A caption line that only gives a head count ("จำนวน 120 คน") belongs to the last caption."""
        if people and self.drafts and self.drafts[-1].participants is None:
            self.drafts[-1] = replace(self.drafts[-1], participants=people)
