#!/usr/bin/env python3
"""Checks that the diagram palette survives grey print and colour-vision deficiencies.

Reads the relation kinds' colours, lines and arrowheads from
Sources/Entente/Resources/kinds.yaml and the diff styles from
Sources/EntenteRender/DiagramStyle.swift, then for every pair of kinds (and of
change styles) asks: do they differ in drawing (dash pattern, width, arrowhead,
double line)? If not, their colours must differ by at least MIN_DELTA_E (CIE76,
in CIELAB) as seen with normal vision, with protanopia, deuteranopia and
tritanopia (Machado, Oliveira and Fernandes 2009, severity 1.0, applied in
linear RGB), and their grey levels (CIE L*) by at least MIN_GREY.

Pairs told apart by drawing alone still get their colour differences printed, so
a reader can see which pairs rely on what. Exits 1 when a pair relies on colour
that some reader cannot see.

    python3 scripts/palette-check.py
"""
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_DELTA_E = 12.0
MIN_GREY = 12.0

# Machado et al. 2009, severity 1.0 (linear RGB).
MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def to_linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(hex_colour):
    h = hex_colour.lstrip("#")
    return [to_linear(int(h[i : i + 2], 16)) for i in (0, 2, 4)]


def simulate(lin, matrix):
    return [min(1.0, max(0.0, sum(matrix[r][k] * lin[k] for k in range(3)))) for r in range(3)]


def lab(lin):
    x = 0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = 0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]
    xn, yn, zn = 0.95047, 1.0, 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x / xn), f(y / yn), f(z / zn)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a, b):
    return math.dist(lab(a), lab(b))


def kinds():
    text = open(os.path.join(ROOT, "Sources/Entente/Resources/kinds.yaml"), encoding="utf-8").read()
    out = []
    for m in re.finditer(r"\{id: (\w+), sign: (-?1),.*?quad: (\w+).*?color: \"(#[0-9a-f]{6})\", line: (\w+), arrow: (\w+)\}", text):
        name, sign, quad, colour, line, arrow = m.groups()
        # DiagramStyle draws material conflict heavy (see DiagramStyle.kindLook).
        heavy = line == "bold" or (sign == "-1" and quad == "material_conflict")
        pattern = {"bold": "solid"}.get(line, line)
        out.append((name, colour, (pattern, heavy, arrow)))
    return out


def changes():
    text = open(os.path.join(ROOT, "Sources/EntenteRender/DiagramStyle.swift"), encoding="utf-8").read()
    out = []
    for m in re.finditer(r"\(\s*\.(\w+),\s*ChangeLook\(\s*color: \"([#0-9a-f:]+)\", line: \"(\w+)\", penwidth: ([0-9.]+)", text):
        name, colour, line, width = m.groups()
        parts = colour.split(":")
        out.append((name, parts[0], (line, float(width) >= 2.5, len(parts) > 1)))
    return out


def check(title, items):
    print(f"== {title}")
    failures = 0
    for i, (na, ca, da) in enumerate(items):
        for nb, cb, db in items[i + 1 :]:
            la, lb = rgb(ca), rgb(cb)
            grey = abs(lab(la)[0] - lab(lb)[0])
            des = {"normal": delta_e(la, lb)}
            for name, m in MACHADO.items():
                des[name] = delta_e(simulate(la, m), simulate(lb, m))
            drawn_apart = da != db
            worst = min(des, key=des.get)
            ok = drawn_apart or (des[worst] >= MIN_DELTA_E and grey >= MIN_GREY)
            failures += 0 if ok else 1
            how = "drawing differs" if drawn_apart else "colour only"
            print(f"  {'ok ' if ok else 'BAD'} {na:>12} / {nb:<12} {how:15} grey ΔL* {grey:5.1f}  worst ΔE {des[worst]:5.1f} ({worst})")
    return failures


def main():
    k = kinds()
    c = changes()
    if not k or not c:
        print("could not read kinds.yaml or DiagramStyle.swift", file=sys.stderr)
        return 1
    failures = check("relation kinds", k) + check("diff changes", c)
    print("== each change's colour against every kind's (normal vision)")
    for name, colour, _ in c:
        nearest = min(k, key=lambda kind: delta_e(rgb(colour), rgb(kind[1])))
        d = delta_e(rgb(colour), rgb(nearest[1]))
        ok = d >= MIN_DELTA_E
        failures += 0 if ok else 1
        print(f"  {'ok ' if ok else 'BAD'} {name:>12} nearest kind {nearest[0]:<12} ΔE {d:5.1f}")
    print(f"{failures} pair(s) rely on colour some readers cannot see" if failures else "every pair can be told apart")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
