"""PDF stream filters other than Flate, written by hand to the PDF reference (ISO 32000-1, 7.4), for tests and
benchmarks of the PDF reader's decode budget: no producer installed here writes LZW or RunLength streams.

`lzw_encode`, `runlength_encode` and the standard library's ASCII85 / hex encoders make streams that pdfminer's
own decoders read back byte for byte (tests/files/test_limits.py checks it); `with_page_content` puts such a
stream in place of the first page's content of a real PDF (the fpdf2 fixture), its xref table rewritten.
"""
from __future__ import annotations

import base64
import re
import zlib

CLEAR, EOD = 256, 257


def _width(table_len: int) -> int:
    """Bits of the next code, from the decoder's table length (EarlyChange 1, the PDF default)."""
    return 9 if table_len < 511 else 10 if table_len < 1023 else 11 if table_len < 2047 else 12


class _Bits:
    def __init__(self) -> None:
        self.out, self.acc, self.n = bytearray(), 0, 0

    def put(self, code: int, width: int) -> None:
        self.acc, self.n = (self.acc << width) | code, self.n + width
        while self.n >= 8:
            self.n -= 8
            self.out.append((self.acc >> self.n) & 0xFF)
        self.acc &= (1 << self.n) - 1

    def bytes(self) -> bytes:
        return bytes(self.out + (bytes([(self.acc << (8 - self.n)) & 0xFF]) if self.n else b""))


def lzw_encode(data: bytes) -> bytes:
    """LZWDecode data: a clear code, codes of 9-12 bits, a clear code before the table fills, EOD."""
    bits = _Bits()
    table: dict[bytes, int] = {}
    table_len = 258  # the decoder's table length, which sets the width of each code

    def clear() -> None:
        nonlocal table_len
        bits.put(CLEAR, _width(table_len))
        table.clear()
        table.update({bytes([b]): b for b in range(256)})
        table_len = 258

    clear()
    word, first = b"", True
    for byte in data:
        grown = word + bytes([byte])
        if grown in table:
            word = grown
            continue
        bits.put(table[word], _width(table_len))
        table_len += 0 if first else 1  # the decoder adds an entry from the second code on
        first = False
        table[grown] = len(table) + 2  # codes 256 and 257 are not entries
        word = bytes([byte])
        if len(table) + 2 >= 4094:
            bits.put(table[word], _width(table_len))
            table_len += 1
            word, first = b"", True
            clear()
    if word:
        bits.put(table[word], _width(table_len))
        table_len += 0 if first else 1
    bits.put(EOD, _width(table_len))
    return bits.bytes()


def lzw_bomb(byte: int, tables: int) -> bytes:
    """LZWDecode data that decodes to ~7.4 MB of `byte` a table of codes (~5.6 KB): each code after the first
    names the entry just being made, one byte longer than the last (~1,300:1)."""
    bits = _Bits()
    for _ in range(tables):
        bits.put(CLEAR, 12 if _ else 9)
        bits.put(byte, 9)
        table_len = 258
        for code in range(258, 4094):
            bits.put(code, _width(table_len))
            table_len += 1
    bits.put(EOD, 12)
    return bits.bytes()


def lzw_bomb_size(tables: int) -> int:
    """What `lzw_bomb(_, tables)` decodes to."""
    return tables * (1 + sum(k - 256 for k in range(258, 4094)))


def runlength_encode(data: bytes) -> bytes:
    """RunLengthDecode data: runs of 2-128 equal bytes as (257 - n, byte), other bytes in literal runs of
    at most 128, then EOD (128)."""
    out, literal, k = bytearray(), bytearray(), 0
    while k < len(data):
        n = 1
        while k + n < len(data) and n < 128 and data[k + n] == data[k]:
            n += 1
        if n >= 2:
            if literal:
                out += bytes([len(literal) - 1]) + literal
                literal.clear()
            out += bytes([257 - n, data[k]])
        else:
            literal.append(data[k])
            if len(literal) == 128:
                out += bytes([127]) + literal
                literal.clear()
        k += n
    if literal:
        out += bytes([len(literal) - 1]) + literal
    return bytes(out + b"\x80")


def _paeth(left: int, up: int, up_left: int) -> int:
    guess = left + up - up_left
    far = abs(guess - left), abs(guess - up), abs(guess - up_left)
    return left if far[0] <= far[1] and far[0] <= far[2] else up if far[1] <= far[2] else up_left


def png_predict(data: bytes, columns: int, row_type: int) -> bytes:
    """`data` (one byte a pixel: /Colors 1, /BitsPerComponent 8) in rows of `columns` bytes, each row led by
    its PNG filter type (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth) and encoded by it: what /Predictor 10-15 of a
    Flate stream undoes (PNG specification, 9.2)."""
    out, prior = bytearray(), bytes(columns)
    for k in range(0, len(data), columns):
        row = data[k:k + columns]
        for j, byte in enumerate(row):
            left, up, up_left = row[j - 1] if j else 0, prior[j], prior[j - 1] if j else 0
            guess = (0, left, up, (left + up) // 2, _paeth(left, up, up_left))[row_type]
            if j == 0:
                out.append(row_type)
            out.append((byte - guess) & 255)
        prior = row
    return bytes(out)


def ascii85_encode(data: bytes) -> bytes:
    return base64.a85encode(data, wrapcol=75) + b"~>"


def asciihex_encode(data: bytes) -> bytes:
    hexed = data.hex().upper().encode()
    return b"\n".join(hexed[k:k + 76] for k in range(0, len(hexed), 76)) + b">"


ENCODERS = {  # filter name -> encoder
    "LZWDecode": lzw_encode,
    "RunLengthDecode": runlength_encode,
    "ASCII85Decode": ascii85_encode,
    "ASCIIHexDecode": asciihex_encode,
    "FlateDecode": zlib.compress,
}


def encode(data: bytes, filters: list[str]) -> bytes:
    """`data` encoded so that decoding by `filters`, first to last (the /Filter array's order), gives it back."""
    for name in reversed(filters):
        data = ENCODERS[name](data)
    return data


def page_content(pdf: bytes) -> bytes:
    """The first page's content stream of an fpdf2 PDF (a Flate stream), decoded."""
    objnum = int(re.search(rb"/Contents (\d+) 0 R", pdf).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Filter /FlateDecode\n/Length (\d+)\n>>\nstream\n" % objnum, pdf)
    return zlib.decompress(pdf[m.end():m.end() + int(m.group(1))])


def with_page_content(pdf: bytes, stream: bytes, filters: list[str], parms: bytes = b"") -> bytes:
    """The fpdf2 PDF with its first page's content stream replaced by `stream`, under `/Filter [filters]` (and
    `/DecodeParms parms` when given, e.g. b"<< /Predictor 12 /Columns 4 >>"), its xref table rewritten to the
    new offsets."""
    objnum = int(re.search(rb"/Contents (\d+) 0 R", pdf).group(1))
    m = re.search(rb"\n%d 0 obj\n<<\n/Filter /FlateDecode\n/Length (\d+)\n>>\nstream\n" % objnum, pdf)
    names = b" ".join(b"/" + f.encode() for f in filters)
    parms = b"/DecodeParms %s\n" % parms if parms else b""
    head = b"\n%d 0 obj\n<<\n/Filter [%s]\n%s/Length %d\n>>\nstream\n" % (objnum, names, parms, len(stream))
    body = pdf[:m.start()] + head + stream + pdf[m.end() + int(m.group(1)):]
    xref = body.rindex(b"\nxref\n") + 1
    count = int(re.match(rb"xref\n0 (\d+)\n", body[xref:]).group(1))
    rows = [b"0000000000 65535 f \n"] + [b"%010d 00000 n \n" % (body.index(b"\n%d 0 obj\n" % k) + 1)
                                        for k in range(1, count)]
    trailer = body[body.index(b"trailer", xref):body.rindex(b"startxref")]
    return body[:xref] + b"xref\n0 %d\n" % count + b"".join(rows) + trailer + b"startxref\n%d\n%%%%EOF\n" % xref


def objects(pdf: bytes) -> dict[int, bytes]:
    """Each object of an fpdf2 PDF (its xref table is whole): number -> what lies between `N 0 obj` and `endobj`."""
    xref = pdf.rindex(b"\nxref\n") + 1
    count = int(re.match(rb"xref\n0 (\d+)\n", pdf[xref:]).group(1))
    rows = pdf[xref:].split(b"\n")[2:2 + count]
    out = {}
    for k in range(1, count):
        start = int(rows[k][:10]) + len(b"%d 0 obj\n" % k)
        m = re.match(rb"<<.*?/Length (\d+).*?>>\nstream\n", pdf[start:start + 4096], re.S)
        end = pdf.index(b"endobj", start + (m.end() + int(m.group(1)) if m else 0))
        out[k] = pdf[start:end].rstrip(b"\n")
    return out


def rebuilt(pdf: bytes, changed: dict[int, bytes]) -> bytes:
    """The fpdf2 PDF with the objects of `changed` (number -> the body `objects` gives) in place of its own or
    added after them (numbers past the last), its xref table and trailer /Size written anew."""
    parts = {**objects(pdf), **changed}
    body = bytearray(pdf[:pdf.index(b"\n1 0 obj\n") + 1])
    offsets = []
    for k in range(1, max(parts) + 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % k + parts.get(k, b"null") + b"\nendobj\n"
    trailer = pdf[pdf.rindex(b"trailer"):pdf.rindex(b"startxref")]
    trailer = re.sub(rb"/Size \d+", b"/Size %d" % (len(offsets) + 1), trailer)
    xref = len(body)
    body += b"xref\n0 %d\n" % (len(offsets) + 1) + b"0000000000 65535 f \n"
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return bytes(body + trailer + b"startxref\n%d\n%%%%EOF\n" % xref)


def stream_object(data: bytes, entries: bytes = b"") -> bytes:
    """An object body: a stream holding `data` as it is, with `entries` (e.g. b"/Filter /FlateDecode") added."""
    return b"<<\n%s/Length %d\n>>\nstream\n%s\nendstream" % (entries + b"\n" if entries else b"", len(data), data)


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4 (the PDF reference's standard security handler, 7.6.2), written out: encrypting is decrypting."""
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(len(data)), 0, 0
    for n, byte in enumerate(data):
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out[n] = byte ^ s[(s[i] + s[j]) % 256]
    return bytes(out)


def object_key(file_key: bytes, objnum: int, gen: int = 0) -> bytes:
    """The RC4 key of one object (ISO 32000-1, 7.6.2, algorithm 1) from the file's key."""
    import hashlib

    digest = hashlib.md5(file_key + objnum.to_bytes(3, "little") + gen.to_bytes(2, "little")).digest()
    return digest[:min(len(file_key) + 5, 16)]
