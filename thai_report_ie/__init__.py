"""thai_report_ie: structured, checked facts from Thai reports.

>>> import thai_report_ie as tri
>>> tri.parse_number("๑,๕๔๙")
1549
"""
from __future__ import annotations

from .errors import (
    CorruptFileError,
    EncryptedPDFError,
    FileReadError,
    InputTypeError,
    MissingExtraError,
    NeedsOCRError,
    NumberParseError,
    ThaiReportIEError,
    UnknownEncodingError,
    UnsupportedFileTypeError,
)
from .extract import extract
from .numerals import find_numbers, parse_number
from .readers import FileText, extract_file, read_text
from .records import (
    Check,
    DateMention,
    Money,
    NumberMention,
    Organisation,
    Percentage,
    Person,
    Quantity,
    Ratio,
    Report,
    Token,
)
from .thai_repair import repair_thai
from .tokenize import tokenize

__version__ = "0.1.0"

__all__ = [
    "Check",
    "CorruptFileError",
    "DateMention",
    "EncryptedPDFError",
    "FileReadError",
    "FileText",
    "InputTypeError",
    "MissingExtraError",
    "Money",
    "NeedsOCRError",
    "NumberMention",
    "NumberParseError",
    "Organisation",
    "Percentage",
    "Person",
    "Quantity",
    "Ratio",
    "Report",
    "ThaiReportIEError",
    "Token",
    "UnknownEncodingError",
    "UnsupportedFileTypeError",
    "__version__",
    "extract",
    "extract_file",
    "find_numbers",
    "parse_number",
    "read_text",
    "repair_thai",
    "tokenize",
]
