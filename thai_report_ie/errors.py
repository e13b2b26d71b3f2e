"""The library's exceptions, in one place, each saying what was wrong and what to do."""
from __future__ import annotations

__all__ = [
    "CorruptFileError",
    "EncryptedPDFError",
    "ExtractFailedWarning",
    "FileReadError",
    "FileTooLargeError",
    "InputTypeError",
    "LexiconError",
    "MissingExtraError",
    "NeedsOCRError",
    "NumberParseError",
    "OptionError",
    "ThaiReportIEError",
    "UnknownEncodingError",
    "UnsupportedFileTypeError",
]


class ThaiReportIEError(Exception):
    """Base class of every error this library raises on purpose."""


class NumberParseError(ThaiReportIEError, ValueError):
    """`parse_number` was given text that is not wholly a number."""

    def __init__(self, text: object, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"not a number: {text!r} ({reason})")


class InputTypeError(ThaiReportIEError, TypeError):
    """A function that reads text was given something that is not `str`."""

    def __init__(self, func: str, value: object) -> None:
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else ""
        super().__init__(f"{func}() expects str, got {type(value).__name__}{hint}")


class ExtractFailedWarning(RuntimeWarning):
    """`extract` raised on one document of a batch: that document got no records, the batch went on.
    Also: one stage of `extract` (the organisation scan) raised on a text: that stage gave no records,
    the others stand.

    The message names the document (its first characters) and the error; report the text to
    the maintainers with the traceback from `extract(text)` run on it alone."""


def require_str(func: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputTypeError(func, value)
    return value


class OptionError(ThaiReportIEError, ValueError):
    """A keyword option of `extract()` has a value it cannot take; the message names the option and the fix."""

    def __init__(self, option: str, problem: str) -> None:
        self.option = option
        super().__init__(f"{option}: {problem}")


def require_flags(**flags: object) -> None:
    """Each option a plain bool: "yes" or 1 for True reads as a typo, not a choice."""
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise OptionError(name, f"expects True or False, got {value!r} ({type(value).__name__})")


class LexiconError(ThaiReportIEError, ValueError):
    """A user lexicon (a file or a Python value given to `Extractor`) has an entry that cannot be used.

    The message names the file (or argument) and the line (or entry), what is wrong and what to write."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class FileReadError(ThaiReportIEError):
    """A file could not be turned into text; `path` names it and the message says what to do."""

    def __init__(self, path: object, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class UnsupportedFileTypeError(FileReadError, ValueError):
    """The file's extension is not one `read_text` reads."""

    def __init__(self, path: object, suffix: str, supported: tuple[str, ...]) -> None:
        self.suffix = suffix
        super().__init__(path, f"unsupported file type {suffix or '(no extension)'!r}; "
                               f"supported: {', '.join(supported)} (save or convert it to one of these, "
                               "e.g. .doc to .docx with LibreOffice: soffice --headless --convert-to docx FILE)")


class CorruptFileError(FileReadError, ValueError):
    """The file is damaged or is not what its extension says."""

    def __init__(self, path: object, kind: str, detail: str) -> None:
        self.kind = kind
        super().__init__(path, f"not a readable {kind} file ({detail}); check that it opens in a viewer, "
                               "or download or export it again")


class FileTooLargeError(FileReadError, ValueError):
    """The file is over one of the readers' limits (`thai_report_ie.readers.MAX_FILE_BYTES` and the others
    `read_text` lists), found before the costly reading; `limit` names the limit."""

    def __init__(self, path: object, found: str, limit: str, value: int) -> None:
        self.limit = limit
        super().__init__(path, f"{found}, over the limit of {value:,} (thai_report_ie.readers.{limit}); "
                               "split the file, or raise that limit if you trust the file")


class EncryptedPDFError(FileReadError, PermissionError):
    """The PDF is encrypted and the password given (if any) does not open it."""

    def __init__(self, path: object) -> None:
        super().__init__(path, "the PDF is encrypted with a password; pass it (extract_file(path, password=...)) "
                               "or save an unencrypted copy (e.g. qpdf --decrypt --password=PW in.pdf out.pdf)")


class NeedsOCRError(FileReadError):
    """The PDF has no text layer (a scan): its pages are images and need OCR first."""

    def __init__(self, path: object, pages: tuple[int, ...], total: int) -> None:
        self.pages = pages
        super().__init__(path, f"no text layer on page(s) {_page_list(pages)} of {total}: the PDF is a scan "
                               "and needs OCR first (e.g. ocrmypdf -l tha in.pdf out.pdf), then read the result")


class UnknownEncodingError(FileReadError, UnicodeError):
    """A text file is not UTF-8, UTF-16 or TIS-620/cp874."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(path, f"not UTF-8, UTF-16 or TIS-620/cp874 text ({detail}); if it is text, convert it "
                               "to UTF-8 first (iconv -f ENCODING -t UTF-8 FILE)")


class MissingExtraError(ThaiReportIEError, ImportError):
    """Reading this file type needs an optional dependency that is not installed."""

    def __init__(self, what: str, package: str) -> None:
        super().__init__(f"reading {what} needs {package}: pip install 'thai_report_ie[files]'")


def _page_list(pages: tuple[int, ...]) -> str:
    """1, 2, 3, 5 -> '1-3, 5'."""
    runs: list[str] = []
    i = 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
            j += 1
        runs.append(str(pages[i]) if i == j else f"{pages[i]}-{pages[j]}")
        i = j + 1
    return ", ".join(runs)
