"""Domain exceptions: raised by the library, turned into ``Error: …`` only by the CLI."""


class PccError(Exception):
    """Base of every error pcc-ingest reports to a user."""

    kind = "error"


class UnsupportedFormat(PccError):
    """The file's content is not a format pcc-ingest reads."""

    kind = "unsupported_format"


class DamagedFile(PccError):
    """The file claims a format but cannot be read as one (truncated, corrupt)."""

    kind = "damaged"


class EncryptedFile(PccError):
    """The file is password-protected."""

    kind = "encrypted"


class TooLarge(PccError):
    """The file (or a part it would inflate to) is over a safety limit."""

    kind = "too_large"


class MissingTool(PccError):
    """An external program needed for this file (antiword, soffice, tesseract) is absent."""

    kind = "missing_tool"
