#!/usr/bin/env python3
"""Checks on what Chromium printed, for tests/e2e/posters_pdf.sh (standard library only).

  posters_checks.py text TEXT_FILE PHRASE...   every phrase is in the text pdftotext
      extracted; spaces of any kind (no-break ones too) and line ends count as one
      space; a phrase starting with "~" is compared with all spaces removed (URLs
      that wrap).
  posters_checks.py absent TEXT_FILE PHRASE... no phrase is in the text.
  posters_checks.py size PDFINFO_FILE FORMAT   pdfinfo says 1 page of FORMAT (A3, A4),
      give or take a point.
  posters_checks.py pages PDFINFO_FILE FORMAT  every page is FORMAT; prints the count.
  posters_checks.py png PNG_FILE WIDTH HEIGHT [MIN_PERCENT]
                                              a PNG of that size that is not blank
                                              (MIN_PERCENT of it not background: 20)
      (many colours, much of it not the background).
  posters_checks.py exhibitors EVENT_FILE     prints the event's exhibitors, one a line.
"""
import re
import struct
import sys
import zlib

SIZES = {"A3": (841.92, 1191.12), "A4": (594.96, 841.92)}


def normalise(text):
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def found(phrase, text):
    if phrase.startswith("~"):
        return re.sub(r"\s+", "", phrase[1:]) in re.sub(r"\s+", "", text)
    return normalise(phrase) in text


def check_text(path, phrases, want):
    with open(path, encoding="utf-8") as f:
        text = normalise(f.read())
    wrong = [p for p in phrases if found(p, text) != want]
    for p in wrong:
        print(("missing: " if want else "unexpected: ") + repr(p), file=sys.stderr)
    if wrong:
        print("in: " + text[:3000], file=sys.stderr)
    return not wrong


def page_sizes(info):
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    pages = re.search(r"Pages:\s+(\d+)", info)
    return int(pages.group(1)), float(size.group(1)), float(size.group(2))


def check_size(path, fmt, one_page):
    with open(path) as f:
        pages, width, height = page_sizes(f.read())
    want_w, want_h = SIZES[fmt]
    ok = abs(width - want_w) <= 1 and abs(height - want_h) <= 1
    if not ok:
        print(f"page size {width} x {height} pts, not {fmt} ({want_w} x {want_h})", file=sys.stderr)
    if one_page and pages != 1:
        print(f"{pages} pages, not 1", file=sys.stderr)
        ok = False
    if not one_page:
        print(pages)
    return ok


def png_pixels(path):
    """Width, height and rows of RGB(A) tuples of an 8-bit, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG format"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def check_png(path, want_w, want_h, min_percent=20):
    width, height, channels, rows = png_pixels(path)
    if (width, height) != (want_w, want_h):
        print(f"screenshot is {width}x{height}, not {want_w}x{want_h}", file=sys.stderr)
        return False
    counts = {}
    for line in rows[::3]:
        for x in range(0, width * channels, channels * 3):
            colour = bytes(line[x:x + 3])
            counts[colour] = counts.get(colour, 0) + 1
    total = sum(counts.values())
    background = max(counts.values())
    distinct = len(counts)
    print(f"{width}x{height}, {distinct} colours, {100 * (total - background) / total:.0f}% not background")
    if distinct < 50 or (total - background) < total * min_percent / 100:
        print("the screenshot looks blank", file=sys.stderr)
        return False
    return True


def exhibitors(path):
    names, inside = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("exhibitors:"):
                inside = True
            elif inside and line.startswith("  - "):
                names.append(line[4:].strip().strip('"'))
            elif inside:
                inside = False
    print("\n".join(names))
    return True


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "text":
        return check_text(args[0], args[1:], True)
    if command == "absent":
        return check_text(args[0], args[1:], False)
    if command == "size":
        return check_size(args[0], args[1], True)
    if command == "pages":
        return check_size(args[0], args[1], False)
    if command == "png":
        return check_png(args[0], int(args[1]), int(args[2]),
                         int(args[3]) if len(args) > 3 else 20)
    if command == "exhibitors":
        return exhibitors(args[0])
    raise SystemExit("unknown command " + command)


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv) else 1)
