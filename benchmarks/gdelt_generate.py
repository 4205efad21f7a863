#!/usr/bin/env python3
"""Writes a synthetic GDELT 2.0 event file (61 tab-separated columns, no header) of N rows.

usage: python3 benchmarks/gdelt_generate.py N OUT.csv

Deterministic (fixed seed). Rows look like GDELT's: 40 country codes, CAMEO codes of all
roots, Goldstein scores, mention counts, geographic names and a source URL, about 330
bytes a row; 3% of the rows have an empty country, 5% are domestic.
"""
import random
import sys

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "ARM", "AZE", "TUR", "FRA", "GBR", "DEU", "IRN", "IRQ", "SYR", "ISR", "PSE",
             "IND", "PAK", "AFG", "KAZ", "TJK", "BLR", "POL", "JPN", "KOR", "PRK", "SAU", "EGY", "NGA", "ZAF", "BRA",
             "MEX", "CAN", "AUS", "ITA", "ESP", "GEO", "MDA", "LTU", "LVA", "EST"]
CODES = ["010", "020", "036", "040", "042", "043", "045", "046", "051", "057", "061", "062", "071", "072", "073",
         "074", "080", "090", "100", "110", "111", "120", "130", "138", "140", "150", "160", "163", "172", "180",
         "190", "193", "195", "200", "0311", "0312", "0874"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(2020)
    with open(out, "w") as f:
        for i in range(n):
            a = "" if rng.random() < 0.03 else rng.choice(COUNTRIES)
            b = a if rng.random() < 0.05 else rng.choice(COUNTRIES)
            code = rng.choice(CODES)
            day = 20200101 + (i % 12) * 100 + (i % 28)
            gold = round(rng.uniform(-10, 10), 1)
            row = [str(900000000 + i), str(day), str(day // 100), str(day // 10000), "2020.%04d" % (i % 10000),
                   a, "NAME " + a, a, "", "", "", "", "GOV", "", "", b, "NAME " + b, b, "", "", "", "", "MIL", "", "",
                   "1", code, code[:3], code[:2], str(1 + i % 4), str(gold), str(1 + rng.randrange(20)),
                   str(1 + rng.randrange(5)), str(1 + rng.randrange(20)), "%.6f" % rng.uniform(-8, 8),
                   "4", "Capital City, Region, Country", "XX", "XX01", "1234", "41.5", "44.8", "-1234567",
                   "4", "Other City, Region, Country", "YY", "YY02", "5678", "40.1", "49.9", "-7654321",
                   "4", "Action Place, Region, Country", "XX", "XX01", "1234", "41.5", "44.8", "-1234567",
                   "20200101001500", "https://news.example.org/world/2020/article-%d.html" % i]
            f.write("\t".join(row) + "\n")


main()
