#!/usr/bin/env python3
"""Draws CoachBot's Teams icons: a pale crescent moon.

color.png   192x192, the crescent and one small star on the accent colour.
outline.png 32x32, the crescent in white on a transparent background.

Standard library only, so anyone can redraw the icons: python3 infra/teams/make_icons.py
"""

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

ACCENT = (0x3B, 0x4A, 0x6B)  # the manifest's accentColor
MOON = (0xF4, 0xE9, 0xC8)
WHITE = (0xFF, 0xFF, 0xFF)

# Four by four samples per pixel give soft edges without any imaging library.
SAMPLES = 4


def crescent(x, y, size):
    """True where (x, y), in pixels of a size-by-size square, lies on the crescent."""
    u, v = x / size, y / size
    outer = (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.36 ** 2
    bite = (u - 0.66) ** 2 + (v - 0.38) ** 2 <= 0.30 ** 2
    return outer and not bite


def star(x, y, size):
    """A small four-pointed star up and to the right of the crescent."""
    u, v = x / size - 0.77, y / size - 0.24
    return abs(u) ** 0.5 + abs(v) ** 0.5 <= 0.055 ** 0.5


def coverage(shape, px, py, size):
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            if shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, size):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def blend(under, over, alpha):
    return tuple(round(u + (o - u) * alpha) for u, o in zip(under, over))


def color_icon(size=192):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            pixel = ACCENT
            pixel = blend(pixel, MOON, coverage(crescent, px, py, size))
            pixel = blend(pixel, MOON, coverage(star, px, py, size))
            row.extend(pixel)
        rows.append(bytes(row))
    return png(size, rows, color_type=2)


def outline_icon(size=32):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            alpha = coverage(crescent, px, py, size)
            # Teams asks for white on transparent: colour stays white, only alpha varies.
            row.extend((*WHITE, round(alpha * 255)) if alpha > 0 else (0, 0, 0, 0))
        rows.append(bytes(row))
    return png(size, rows, color_type=6)


def png(size, rows, color_type):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, color_type, 0, 0, 0)
    # Filter type 0 (none) on every row.
    raw = b"".join(b"\x00" + row for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main():
    (HERE / "color.png").write_bytes(color_icon())
    (HERE / "outline.png").write_bytes(outline_icon())


if __name__ == "__main__":
    main()
