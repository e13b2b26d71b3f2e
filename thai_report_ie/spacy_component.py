"""spaCy adapter: run `extract()` on a Doc and write its records as spans.

Registered as the `thai_report_ie` factory (also through the `spacy_factories` entry point, so
`spacy.blank("th").add_pipe("thai_report_ie")` works without importing this package). The core
package never imports spaCy; only this module does.

Records and checks are stored in `doc.user_data` in a msgpack-safe encoding (exact numbers kept
as strings), so they survive `Doc.to_bytes`, `DocBin` and `nlp.pipe(..., n_process=2)`;
`span._.record` and `doc._.checks` are getters that rebuild the frozen dataclasses.

One bad document never stops a batch: when `extract` raises on a doc, the component records
the error (`doc._.extract_error`, "TypeName: message"), leaves the doc without records, warns
with `ExtractFailedWarning` and returns the doc, so `nlp.pipe(texts, n_process=2)` finishes. A
handler set with spaCy's protocol (`component.set_error_handler(handler)`) is called instead of
the warning, as `handler(name, component, [doc], error)`.
"""
from __future__ import annotations

import dataclasses
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .errors import ExtractFailedWarning, LexiconError
from .extract import check_options, extract
from .lexicon import Lexicons, activate
from .records import Check, Record

__all__ = ["SPANS_KEY", "ThaiReportIEComponent", "make_component"]

SPANS_KEY = "thai_report_ie"
"""Default key of the span group the component writes (`doc.spans[SPANS_KEY]`)."""

_USER_DATA_KEY = "thai_report_ie"
_EXTRACT_DEFAULTS = {"acronym_records": False, "places_as_organisations": True, "organisation_model": False,
                     "organisation_vetoes": False, "subject_model": False}


# -- exact, msgpack-safe encoding of records and checks ------------------------------------

def _encode(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str, float)):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, Fraction):
        return {"$fraction": [value.numerator, value.denominator]}
    if isinstance(value, (tuple, list)):
        return {"$tuple": [_encode(v) for v in value]}
    return {"$str": str(value)}


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$decimal" in value:
            return Decimal(value["$decimal"])
        if "$fraction" in value:
            num, den = value["$fraction"]
            return Fraction(num, den)
        if "$tuple" in value:
            return tuple(_decode(v) for v in value["$tuple"])
        if "$str" in value:
            return value["$str"]
    return value


def _record_classes() -> dict[str, type[Record]]:
    """Every Record subclass by its `kind`, found by walking the class tree (no list of kinds)."""
    found: dict[str, type[Record]] = {}
    todo = list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        found.setdefault(cls.kind, cls)
        todo.extend(cls.__subclasses__())
    return found


def _encode_dataclass(obj: Any) -> dict[str, Any]:
    return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _decode_record(payload: dict[str, Any]) -> Record | None:
    cls = _record_classes().get(payload["kind"])
    if cls is None:  # a kind this version does not know (doc written by a newer version)
        return None
    return cls(**{k: _decode(v) for k, v in payload["fields"].items()})


# -- extensions ---------------------------------------------------------------------------

def _span_record(span: Span) -> Record | None:
    data = span.doc.user_data.get(_USER_DATA_KEY)
    if not data:
        return None
    pos = data["index"].get(f"{span.label_}:{span.start_char}:{span.end_char}")
    return None if pos is None else _decode_record(data["records"][pos])


def _doc_checks(doc: Doc) -> tuple[Check, ...]:
    data = doc.user_data.get(_USER_DATA_KEY)
    if not data:
        return ()
    return tuple(Check(**{k: _decode(v) for k, v in c.items()}) for c in data["checks"])


def _register(cls: type[Doc] | type[Span], name: str, getter: Callable[[Any], Any]) -> None:
    """Register a getter extension; replace a foreign one under the same name with a warning."""
    if cls.has_extension(name):
        _default, _method, old_getter, _setter = cls.get_extension(name)
        ours = old_getter is not None and getattr(old_getter, "__module__", None) == __name__
        if not ours:
            warnings.warn(
                f"thai_report_ie replaces the {cls.__name__} extension '_.{name}' set by another "
                "package; rename yours to use both", RuntimeWarning, stacklevel=3)
    cls.set_extension(name, getter=getter, force=True)


def _doc_error(doc: Doc) -> str | None:
    data = doc.user_data.get(_USER_DATA_KEY)
    return data.get("error") if data else None


def _register_extensions() -> None:
    _register(Span, "record", _span_record)
    _register(Doc, "checks", _doc_checks)
    _register(Doc, "extract_error", _doc_error)


_register_extensions()


# -- the component ------------------------------------------------------------------------

class ThaiReportIEComponent:
    """Adds every record `extract(doc.text)` finds as a span labelled with the record's kind.

    Spans are expanded to spaCy's token boundaries (`alignment_mode="expand"`), since pythainlp's
    tokens and ours may cut a word differently; `span._.record` keeps the record's own offsets.
    """

    def __init__(self, nlp: Language, name: str = "thai_report_ie", *, spans_key: str = SPANS_KEY,
                 write_ents: bool = True, overwrite_ents: bool = False, lexicons: Any = None,
                 acronym_records: bool = False, places_as_organisations: bool = True,
                 organisation_model: bool = False, organisation_vetoes: bool = False,
                 subject_model: bool = False) -> None:
        self.name = name
        # organisation conventions and the subject re-ranker, passed to extract() when not its defaults (see its
        # docstring)
        given = dict(acronym_records=acronym_records, organisation_model=organisation_model,
                     places_as_organisations=places_as_organisations, organisation_vetoes=organisation_vetoes,
                     subject_model=subject_model)
        check_options(**given)  # a wrong option fails here, not on every document
        self.extract_options = {k: v for k, v in given.items() if v != _EXTRACT_DEFAULTS[k]}
        self.spans_key = spans_key
        self.write_ents = write_ents
        self.overwrite_ents = overwrite_ents
        self._error_handler: Callable[..., Any] | None = None
        from ._spacy_lexicons import ComponentLexicons

        self._lexicons = ComponentLexicons(lexicons)

    @property
    def lexicons(self) -> Lexicons:
        """The user lexicons this component reads with (config `lexicons`; kept by to_disk/from_disk)."""
        return self._lexicons.get()

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        self._lexicons.to_disk(path)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> ThaiReportIEComponent:
        self._lexicons.from_disk(path)
        return self

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        """spaCy's protocol: `error_handler(name, component, docs, error)` is called when `extract`
        raises on a doc, instead of the `ExtractFailedWarning`; the doc still goes on, empty."""
        self._error_handler = error_handler

    def get_error_handler(self) -> Callable[..., Any]:
        """The handler set with `set_error_handler`, else one that warns (never one that raises)."""
        return self._error_handler or _warn_extract_failed

    def _failed(self, doc: Doc, error: Exception) -> Doc:
        """The doc after `extract` raised on it: no records, the error kept, the handler told."""
        doc.user_data[_USER_DATA_KEY] = {"records": [], "index": {}, "checks": [],
                                         "error": f"{type(error).__name__}: {error}"}
        doc.spans[self.spans_key] = []
        self.get_error_handler()(self.name, self, [doc], error)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        except LexiconError:
            raise  # the component's own configuration is wrong: no document can be read
        except Exception as error:  # noqa: BLE001 - one bad document must not stop a batch
            return self._failed(doc, error)

    def _annotate(self, doc: Doc) -> Doc:
        with activate(self.lexicons):
            report = extract(doc.text, **self.extract_options)
        spans: list[Span] = []
        records: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        for record in report.records:
            span = doc.char_span(record.start, record.end, label=record.kind, alignment_mode="expand")
            if span is None:  # only whitespace that spaCy keeps outside any token
                continue
            key = f"{span.label_}:{span.start_char}:{span.end_char}"
            if key in index:  # two records of one kind on the same tokens: keep the first
                continue
            index[key] = len(records)
            records.append({"kind": record.kind, "fields": _encode_dataclass(record)})
            spans.append(span)
        doc.user_data[_USER_DATA_KEY] = {
            "records": records,
            "index": index,
            "checks": [_encode_dataclass(c) for c in report.checks],
        }
        doc.spans[self.spans_key] = spans
        if self.write_ents:
            doc.ents = self._merge_ents(doc.ents, spans)
        return doc

    def _merge_ents(self, existing: Iterable[Span], ours: list[Span]) -> list[Span]:
        """Longest of our overlapping spans wins; existing entities win unless overwrite_ents."""
        ours = filter_spans(ours)
        existing = list(existing)
        keep, other = (ours, existing) if self.overwrite_ents else (existing, ours)
        taken: set[int] = set()  # token indices
        for span in keep:
            taken.update(range(span.start, span.end))
        added = [s for s in other if not taken.intersection(range(s.start, s.end))]
        return sorted([*keep, *added], key=lambda s: s.start)


def _warn_extract_failed(name: str, component: Any, docs: list[Doc], error: Exception) -> None:
    if isinstance(error, LexiconError):
        raise error  # the component's configuration is wrong, not the document: no doc can be read
    for doc in docs:
        head = doc.text[:40].replace("\n", " ")
        warnings.warn(f"{name}: extract() raised {type(error).__name__}: {error} on the doc starting "
                      f"{head!r} ({len(doc.text):,} characters); it has no records "
                      "(doc._.extract_error says why)", ExtractFailedWarning, stacklevel=3)


@Language.factory(
    "thai_report_ie",
    default_config={"spans_key": SPANS_KEY, "write_ents": True, "overwrite_ents": False, "lexicons": None,
                    "acronym_records": False, "places_as_organisations": True, "organisation_model": False,
                    "organisation_vetoes": False, "subject_model": False},
)
def make_component(nlp: Language, name: str, spans_key: str, write_ents: bool,
                   overwrite_ents: bool, lexicons: Any = None, acronym_records: bool = False,
                   places_as_organisations: bool = True, organisation_model: bool = False,
                   organisation_vetoes: bool = False, subject_model: bool = False) -> ThaiReportIEComponent:
    """Factory behind `nlp.add_pipe("thai_report_ie")`. `lexicons`: lexicon files (a list of paths)
    or inline entries ({"units": ..., "organisations": ..., "stop_words": ...}), as `Extractor` takes;
    the other options are `extract()`'s organisation conventions and its subject re-ranker."""
    return ThaiReportIEComponent(nlp, name, spans_key=spans_key, write_ents=write_ents,
                                 overwrite_ents=overwrite_ents, lexicons=lexicons, acronym_records=acronym_records,
                                 places_as_organisations=places_as_organisations,
                                 organisation_model=organisation_model, organisation_vetoes=organisation_vetoes,
                                 subject_model=subject_model)
