#!/usr/bin/env python3
"""Proves that the engines aggregate events exactly as `entente import` does in process.

For ../shared/data's GDELT 2.0 and ICEWS samples, by month and by year (Spark: GDELT 2.0
by month and ICEWS by year, so each period and each sample runs once):
  1. `entente import SAMPLE --format F` (in process);
  2. `entente events sql --engine spark` run in Spark local mode over the same file,
     its result written by Spark as CSV and read with `entente import --format dyads`;
  3. `entente events sql --engine bigquery` run in DuckDB over the same file after the
     documented rewrite below (`bigquery_to_duckdb`), read the same way;
and compares the graphs: the same actors (ids, names, kinds), the same relations (source,
target, kind, date), equal event and mention counts (the notes, which also hold the mean
Goldstein score), and weights equal to 1e-9.

Usage: engine_equality.py ENTENTE_BINARY SHARED_DATA_FOLDER [--no-spark] [--no-duckdb]
Prints SKIPPED lines (and exits 0) for what it cannot run; exits 1 on any difference.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

GDELT2 = "gdelt2_events_20201113-15.export.csv"
GDELT2_HEADER = "gdelt2_events.header.tsv"
ICEWS = "icews_events_2018-06_sample.tab"


def run(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)}\n{r.stderr}")
    return r.stdout


def graph_json(entente, yaml_path):
    """The graph as node-link JSON (entente export), so Python needs no YAML reader."""
    out = yaml_path + ".json"
    run([entente, "export", yaml_path, "--format", "json", "-o", out])
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def yaml_body(path):
    """The graph file without its leading comment header (which names the input)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or lines[i] == ""):
        i += 1
    return "\n".join(lines[i:])


def compare(entente, label, in_process, dyads):
    """Fails with the first differences; returns a one-line summary."""
    a, b = graph_json(entente, in_process), graph_json(entente, dyads)
    nodes_a = sorted((n["id"], n.get("name"), n.get("kind")) for n in a["nodes"])
    nodes_b = sorted((n["id"], n.get("name"), n.get("kind")) for n in b["nodes"])
    problems = []
    if nodes_a != nodes_b:
        problems.append(f"actors differ: only in process {sorted(set(nodes_a) - set(nodes_b))[:5]}, "
                        f"only from the engine {sorted(set(nodes_b) - set(nodes_a))[:5]}")
    key = lambda e: (e["source"], e["target"], e["kind"], str(e.get("at") or e.get("since")))
    edges_a = {key(e): e for e in a.get("edges", a.get("links", []))}
    edges_b = {key(e): e for e in b.get("edges", b.get("links", []))}
    if set(edges_a) != set(edges_b):
        problems.append(f"relations differ: only in process {sorted(set(edges_a) - set(edges_b))[:5]}, "
                        f"only from the engine {sorted(set(edges_b) - set(edges_a))[:5]}")
    worst = 0.0
    for k in sorted(set(edges_a) & set(edges_b)):
        ea, eb = edges_a[k], edges_b[k]
        note_a = re.sub(r" \([^)]*\)$", "", ea.get("note", ""))
        note_b = re.sub(r" \([^)]*\)$", "", eb.get("note", ""))
        if note_a != note_b:
            problems.append(f"{k}: counts differ: '{note_a}' vs '{note_b}'")
        d = abs(float(ea["weight"]) - float(eb["weight"]))
        worst = max(worst, d)
        if d > 1e-9:
            problems.append(f"{k}: weight {ea['weight']} vs {eb['weight']}")
    if problems:
        sys.exit(f"FAILED: {label}\n  " + "\n  ".join(problems[:20]))
    identical = yaml_body(in_process) == yaml_body(dyads)
    return (f"ok: {label}: {len(nodes_a)} actors, {len(edges_a)} relations equal, counts equal, "
            f"largest weight difference {worst:g}; graph files {'byte-identical' if identical else 'differ only in notes dataset/header'}")


# MARK: DuckDB

def bigquery_to_duckdb(sql):
    """The documented rewrite of a BigQuery statement for DuckDB (Guides/EventData.md):
    backtick identifiers become double-quoted ones; string literals with backslash escapes
    become standard literals ('' for a quote); SAFE_CAST becomes TRY_CAST; INT64 and
    FLOAT64 become BIGINT and DOUBLE; REGEXP_CONTAINS becomes regexp_matches (both RE2,
    both partial matches). Everything else (MIN_BY, MOD, LPAD-free SUBSTR, ||, window
    functions, UNION ALL tables) is read by both as it is."""
    out = []
    i = 0
    n = len(sql)
    escapes = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'", '"': '"', "`": "`"}
    while i < n:
        c = sql[i]
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            out.append(sql[i:j])
            i = j
        elif c in "'`":
            quote = c
            i += 1
            text = []
            while sql[i] != quote:
                if sql[i] == "\\":
                    e = sql[i + 1]
                    if e == "u":
                        text.append(chr(int(sql[i + 2:i + 6], 16)))
                        i += 6
                        continue
                    text.append(escapes[e])
                    i += 2
                    continue
                text.append(sql[i])
                i += 1
            i += 1
            t = "".join(text)
            out.append("'" + t.replace("'", "''") + "'" if quote == "'" else '"' + t.replace('"', '""') + '"')
        else:
            j = i
            while j < n and sql[j] not in "'`" and not sql.startswith("--", j):
                j += 1
            chunk = sql[i:j]
            chunk = re.sub(r"\bSAFE_CAST\(", "TRY_CAST(", chunk)
            chunk = re.sub(r"\bINT64\b", "BIGINT", chunk)
            chunk = re.sub(r"\bFLOAT64\b", "DOUBLE", chunk)
            chunk = re.sub(r"\bREGEXP_CONTAINS\(", "regexp_matches(", chunk)
            out.append(chunk)
            i = j
    return "".join(out)


def duckdb_run(data, entente, fmt, period, tmp, actors=None):
    import duckdb
    con = duckdb.connect()
    if fmt == "gdelt2":
        with open(os.path.join(data, GDELT2_HEADER), encoding="utf-8") as f:
            names = f.read().strip().split("\t")
        columns = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in names) + "}"
        con.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv('{os.path.join(data, GDELT2)}',
            delim='\t', header=false, quote='', escape='', columns={columns})""")
        table = "events"
    else:
        con.execute(f"""CREATE TABLE icews_events AS SELECT * FROM read_csv('{os.path.join(data, ICEWS)}',
            delim='\t', header=true, quote='', escape='', all_varchar=true, normalize_names=false)""")
        for c in [r[0] for r in con.execute("DESCRIBE icews_events").fetchall()]:
            if " " in c:
                con.execute(f'ALTER TABLE icews_events RENAME COLUMN "{c}" TO "{c.replace(" ", "_")}"')
        table = "icews_events"
    sql = run([entente, "events", "sql", "--engine", "bigquery", "--source", fmt, "--period", period,
               "--table", table] + (["--actors", actors] if actors else []))
    out = os.path.join(tmp, f"duckdb-{fmt}-{period}{'-' + actors if actors else ''}.csv")
    con.execute(f"COPY ({bigquery_to_duckdb(sql).rstrip().rstrip(';')}) TO '{out}' (HEADER, DELIMITER ',')")
    return out


# MARK: Spark

def spark_session():
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("entente-events-test")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.memory", "1g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_run(spark, data, entente, fmt, period, tmp):
    from pyspark.sql.types import StringType, StructField, StructType
    reader = spark.read.option("sep", "\t").option("quote", "\u0000").option("escape", "\u0000")
    if fmt == "gdelt2":
        with open(os.path.join(data, GDELT2_HEADER), encoding="utf-8") as f:
            names = f.read().strip().split("\t")
        schema = StructType([StructField(c, StringType()) for c in names])
        df = reader.schema(schema).option("header", "false").csv(os.path.join(data, GDELT2))
    else:
        df = reader.option("header", "true").csv(os.path.join(data, ICEWS))
    df.createOrReplaceTempView("events")
    sql = run([entente, "events", "sql", "--engine", "spark", "--source", fmt, "--period", period])
    folder = os.path.join(tmp, f"spark-{fmt}-{period}")
    (spark.sql(sql).coalesce(1).write.mode("overwrite").option("header", "true").option("escape", '"')
     .csv(folder))
    parts = [p for p in os.listdir(folder) if p.startswith("part-") and p.endswith(".csv")]
    return os.path.join(folder, parts[0])


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    entente, data = os.path.abspath(sys.argv[1]), sys.argv[2]
    use_spark, use_duckdb = "--no-spark" not in sys.argv, "--no-duckdb" not in sys.argv
    if not all(os.path.exists(os.path.join(data, f)) for f in (GDELT2, GDELT2_HEADER, ICEWS)):
        print(f"SKIPPED: engine equality (the event samples are not in {data})")
        return
    spark = None
    if use_spark:
        try:
            started = time.time()
            spark = spark_session()
            print(f"spark {spark.version} started in {time.time() - started:.1f} s")
        except Exception as e:  # no Java, or pyspark cannot start
            print(f"SKIPPED: Spark equality (Spark local mode cannot start: {str(e).splitlines()[0][:200]})")
    if use_duckdb:
        try:
            import duckdb  # noqa: F401
        except ImportError:
            print("SKIPPED: BigQuery statement through DuckDB (duckdb is not installed)")
            use_duckdb = False
    with tempfile.TemporaryDirectory(prefix="entente-engines-") as tmp:
        for fmt, sample in (("gdelt2", GDELT2), ("icews", ICEWS)):
            for period in ("month", "year"):
                in_process = os.path.join(tmp, f"in-process-{fmt}-{period}.yaml")
                run([entente, "import", os.path.join(data, sample), "--format", fmt, "--period", period,
                     "-o", in_process])
                engines = []
                # Spark runs one period per sample (each period once), to stay within the test budget.
                if spark is not None and (fmt, period) in (("gdelt2", "month"), ("icews", "year")):
                    engines.append(("Spark", lambda: spark_run(spark, data, entente, fmt, period, tmp)))
                if use_duckdb:
                    engines.append(("BigQuery SQL in DuckDB", lambda: duckdb_run(data, entente, fmt, period, tmp)))
                for name, make in engines:
                    started = time.time()
                    csv_path = make()
                    dyads = os.path.join(tmp, f"{name.split()[0]}-{fmt}-{period}.yaml")
                    run([entente, "import", csv_path, "--format", "dyads", "-o", dyads])
                    print(compare(entente, f"{fmt} by {period}, {name} ({time.time() - started:.1f} s)",
                                  in_process, dyads))
        if use_duckdb:
            check_actor_filter(entente, data, tmp)
    if spark is not None:
        spark.stop()


def check_actor_filter(entente, data, tmp):
    """`--actors` keeps exactly the in-process relations between the listed actors."""
    actors = "ARM,AZE,RUS,TUR"
    chosen = set(actors.split(","))
    in_process = os.path.join(tmp, "in-process-gdelt2-month.yaml")
    dyads = os.path.join(tmp, "duckdb-actors.yaml")
    run([entente, "import", duckdb_run(data, entente, "gdelt2", "month", tmp, actors), "--format", "dyads",
         "-o", dyads])
    full, part = graph_json(entente, in_process), graph_json(entente, dyads)
    edge = lambda e: (e["source"], e["target"], e["kind"], e.get("at"), e["weight"], e.get("note"))
    expected = sorted(edge(e) for e in full["edges"] if e["source"] in chosen and e["target"] in chosen)
    got = sorted(edge(e) for e in part["edges"])
    if expected != got or not got:
        sys.exit(f"FAILED: --actors {actors}: {len(got)} relations, expected {len(expected)}")
    print(f"ok: gdelt2 by month, --actors {actors}, BigQuery SQL in DuckDB: the {len(got)} in-process relations "
          "between them, equal")


if __name__ == "__main__":
    main()
