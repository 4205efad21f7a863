#!/usr/bin/env python3
"""The peer of `entente-bench import`: pandas reads a GDELT 2.0 file and groups it the
same way (source, target, CAMEO code's kind, month): count, mentions, Goldstein.

usage: python3 benchmarks/pandas_gdelt.py FILE.csv      (prints rows/s and peak RSS)
Needs pandas (pip install pandas).
"""
import resource
import sys
import time

import pandas as pd

KINDS = {}
for line in open(__file__.rsplit("/", 2)[0] + "/Sources/EntenteEvents/Resources/cameo_kinds.tsv"):
    if line.startswith("#") or not line.strip():
        continue
    code, kind, *_ = line.rstrip("\n").split("\t")
    KINDS[code] = kind


def kind(code):
    for n in range(len(code), 1, -1):
        k = KINDS.get(code[:n])
        if k:
            return None if k == "-" else k
    return None


t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep="\t", header=None, usecols=[1, 7, 17, 26, 30, 31],
                 names=None, dtype={1: "int64", 7: "string", 17: "string", 26: "string", 30: "float64", 31: "int64"},
                 quoting=3, na_filter=True)
df.columns = ["date", "a", "b", "code", "goldstein", "mentions"]
df = df.dropna(subset=["a", "b"])
df = df[df.a != df.b]
codes = df.code.unique()
df["kind"] = df.code.map({c: kind(c) for c in codes})
df = df.dropna(subset=["kind"])
df["month"] = df.date // 100
g = df.groupby(["a", "b", "kind", "month"]).agg(events=("code", "size"), mentions=("mentions", "sum"), goldstein=("goldstein", "mean"))
t = time.perf_counter() - t0
rows = sum(1 for _ in open(sys.argv[1], "rb"))
print(f"pandas: {rows} rows in {t:.2f} s ({rows / t / 1e6:.2f} M rows/s), {len(g)} relations, "
      f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
