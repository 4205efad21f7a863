#!/usr/bin/env python3
"""igraph's PageRank or exact betweenness on a TSV edge list, the peer of `entente-bench analysis`.

Loads the list as ../shared/bench/peers.py does (parallel relations summed into one
directed edge, self-loops dropped, weights kept), pins igraph to one thread
(OMP_NUM_THREADS=1, as peers.py) and runs `--measure` `--repeat` times: `pagerank` is
`Graph.pagerank(directed=True, damping=0.85, weights="weight")` (PRPACK, solved to
igraph's own precision), `betweenness` is `Graph.betweenness(directed=True)` (hop
counts), both as in peers.py. Prints one JSON object on stdout: {"measure", "seconds":
median wall time of the runs, "cpu": median CPU time (the one to quote on a shared
machine), "runs": [...], "values": {actor: value}}. Loading is not timed, as in
peers.py's cells.

    python3 benchmarks/igraph_peer.py actors_n100000.tsv --measure pagerank --repeat 3
    python3 benchmarks/igraph_peer.py actors_n10000.tsv --measure betweenness --repeat 1
"""
import argparse
import importlib.util
import json
import os
import sys
import statistics
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

# Exit status 3 (and this line on stderr) when the peer is missing, so the benchmark skips it visibly.
MISSING = 3


def require(module, name):
    if importlib.util.find_spec(module) is None:
        print(f"{name} is not installed: python3 -m pip install --user -r benchmarks/requirements.txt", file=sys.stderr)
        sys.exit(MISSING)


def load(path):
    import igraph as ig

    weights = {}
    with open(path) as f:
        next(f)
        for line in f:
            s, t, _kind, _sign, w, _year = line.rstrip("\n").split("\t")
            if s != t:
                weights[(s, t)] = weights.get((s, t), 0.0) + float(w)
    g = ig.Graph.TupleList(((s, t, w) for (s, t), w in weights.items()), directed=True, weights=True)
    return g


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--measure", choices=["pagerank", "betweenness"], default="pagerank")
    a = ap.parse_args()
    require("igraph", "igraph")
    g = load(a.edges)
    runs = []
    cpu = []
    values = None
    for _ in range(max(1, a.repeat)):
        t0 = time.perf_counter()
        c0 = time.process_time()
        if a.measure == "pagerank":
            values = g.pagerank(directed=True, damping=0.85, weights="weight")
        else:
            values = g.betweenness(directed=True)
        cpu.append(time.process_time() - c0)
        runs.append(time.perf_counter() - t0)
    print(json.dumps({"measure": a.measure, "seconds": statistics.median(runs), "cpu": statistics.median(cpu), "runs": runs,
                      "values": dict(zip(g.vs["name"], values))}))


if __name__ == "__main__":
    main()
