"""thai_report_ie: structured, checked facts from Thai reports.

>>> import thai_report_ie as tri
>>> tri.parse_number("๑,๕๔๙")
1549
"""
from __future__ import annotations

from ._frames import to_dataframe
from .batch import Failure, extract_many
from .errors import (
    CorruptFileError,
    EncryptedPDFError,
    FileReadError,
    FileTooLargeError,
    InputTypeError,
    LexiconError,
    MissingExtraError,
    NeedsOCRError,
    NumberParseError,
    OptionError,
    ThaiReportIEError,
    UnknownEncodingError,
    UnsupportedFileTypeError,
)
from .evaluate import evaluate
from .extract import extract
from .extractor import Extractor
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
    "Extractor",
    "Failure",
    "FileReadError",
    "FileText",
    "FileTooLargeError",
    "InputTypeError",
    "LexiconError",
    "MissingExtraError",
    "Money",
    "NeedsOCRError",
    "NumberMention",
    "NumberParseError",
    "OptionError",
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
    "evaluate",
    "extract",
    "extract_file",
    "extract_many",
    "find_numbers",
    "parse_number",
    "read_text",
    "repair_thai",
    "to_dataframe",
    "tokenize",
]
