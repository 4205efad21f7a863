#!/usr/bin/env python3
"""Spark local mode on 2 cores beside `entente import`, over one generated GDELT 2.0 file.

usage: python3 benchmarks/spark_gdelt.py ENTENTE_BINARY [ROWS] [FILE]

Writes FILE (default /tmp/gdelt-2m.csv) with benchmarks/gdelt_generate.py when it is
missing (ROWS rows, default 2,000,000), then times in one run:
  1. `entente import FILE --format gdelt2` (wall-clock, process start to graph file written);
  2. Spark local[2]: session start, then `entente events sql --engine spark` over a view of
     the file (all 61 columns read as text, as the statement expects) written as CSV, then
     `entente import --format dyads` of that CSV;
and checks that both give the same graph body. Needs pyspark and Java 17.
"""
import os
import subprocess
import sys
import time


def timed(args):
    started = time.time()
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)}\n{r.stderr}")
    return time.time() - started, r.stdout


def body(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    return "\n".join(l for l in lines if not l.startswith("#"))


def main():
    entente = os.path.abspath(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
    path = sys.argv[3] if len(sys.argv) > 3 else "/tmp/gdelt-2m.csv"
    here = os.path.dirname(os.path.abspath(__file__))
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(here, "gdelt_generate.py"), str(rows), path], check=True)
    size = os.path.getsize(path)
    print(f"file: {path}, {size / 1e6:.0f} MB; machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    t_import, _ = timed([entente, "import", path, "--format", "gdelt2", "-o", "/tmp/bench-in-process.yaml"])
    print(f"entente import (in process): {t_import:.1f} s")

    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType
    started = time.time()
    spark = (SparkSession.builder.master("local[2]").appName("entente-bench")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "2").config("spark.driver.memory", "1g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    t_start = time.time() - started
    header = os.path.join(here, "..", "..", "shared", "data", "gdelt2_events.header.tsv")
    if os.path.exists(header):
        names = open(header, encoding="utf-8").read().strip().split("\t")
    else:  # the statement needs only the named columns; the rest keep placeholder names
        names = [f"c{i}" for i in range(61)]
        for i, n in {0: "GLOBALEVENTID", 1: "SQLDATE", 6: "Actor1Name", 7: "Actor1CountryCode", 16: "Actor2Name",
                     17: "Actor2CountryCode", 26: "EventCode", 30: "GoldsteinScale", 31: "NumMentions"}.items():
            names[i] = n
    schema = StructType([StructField(c, StringType()) for c in names])
    (spark.read.option("sep", "\t").option("quote", "\u0000").option("escape", "\u0000").schema(schema)
     .csv(path).createOrReplaceTempView("events"))
    _, sql = timed([entente, "events", "sql", "--engine", "spark", "--source", "gdelt2"])
    started = time.time()
    (spark.sql(sql).coalesce(1).write.mode("overwrite").option("header", "true").option("escape", '"')
     .csv("/tmp/bench-spark-dyads"))
    t_query = time.time() - started
    part = [p for p in os.listdir("/tmp/bench-spark-dyads") if p.startswith("part-") and p.endswith(".csv")][0]
    t_dyads, _ = timed([entente, "import", os.path.join("/tmp/bench-spark-dyads", part), "--format", "dyads",
                        "-o", "/tmp/bench-dyads.yaml"])
    spark.stop()
    print(f"spark local[2]: session start {t_start:.1f} s, query and CSV {t_query:.1f} s, "
          f"import --format dyads {t_dyads:.1f} s, total {t_start + t_query + t_dyads:.1f} s")
    same = body("/tmp/bench-in-process.yaml") == body("/tmp/bench-dyads.yaml")
    print("graph bodies " + ("identical" if same else "DIFFER"))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
