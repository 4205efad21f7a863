#!/usr/bin/env python3
"""NetworKit's sampled betweenness on a TSV edge list, the peer of `entente-bench approxbetweenness`.

Loads the list as ../shared/bench/peers.py does (parallel relations summed into one
directed edge, self-loops dropped, betweenness by hop count; with --undirected, an
edge wherever there was an arc either way, as ApproxBetweenness refuses directed graphs), pins
NetworKit to one thread, and runs `networkit.centrality.ApproxBetweenness` (Riondato
and Kornaropoulos) and, with --kadabra, `KadabraBetweenness`, with the same epsilon and
delta. Prints one JSON object per algorithm on stdout, {"algorithm", "seconds",
"values"}, "values" mapping each actor id to its score as NetworKit normalizes it (the
share of sampled pairs, over n(n-1)); the caller rescales to NetworkX's normalization.

    python3 benchmarks/networkit_approx_betweenness.py actors_n10000.tsv --epsilon 0.01 --delta 0.1 --seed 1
"""
import argparse
import importlib.util
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

# Exit status 3 (and this line on stderr) when the peer is missing, so the benchmark skips it visibly.
MISSING = 3


def require(module, name):
    if importlib.util.find_spec(module) is None:
        print(f"{name} is not installed: python3 -m pip install --user -r benchmarks/requirements.txt", file=sys.stderr)
        sys.exit(MISSING)


def load(path, undirected):
    import networkit as nk

    names = {}
    weights = {}
    with open(path) as f:
        next(f)
        for line in f:
            s, t, _kind, _sign, w, _year = line.rstrip("\n").split("\t")
            u = names.setdefault(s, len(names))
            v = names.setdefault(t, len(names))
            if u != v:
                weights[(u, v)] = weights.get((u, v), 0.0) + float(w)
    g = nk.Graph(len(names), weighted=False, directed=not undirected)
    arcs = sorted({(min(u, v), max(u, v)) for (u, v) in weights}) if undirected else sorted(weights)
    for (u, v) in arcs:
        g.addEdge(u, v)
    return g, list(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("edges")
    ap.add_argument("--epsilon", type=float, default=0.01)
    ap.add_argument("--delta", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kadabra", action="store_true")
    ap.add_argument("--undirected", action="store_true", help="the undirected projection (ApproxBetweenness needs it)")
    a = ap.parse_args()
    require("networkit", "NetworKit")
    import networkit as nk

    nk.engineering.setNumberOfThreads(1)
    nk.engineering.setSeed(a.seed, False)
    g, names = load(a.edges, a.undirected)
    runs = [("ApproxBetweenness", lambda: nk.centrality.ApproxBetweenness(g, a.epsilon, a.delta))]
    if a.kadabra:
        runs.append(("KadabraBetweenness", lambda: nk.centrality.KadabraBetweenness(g, a.epsilon, a.delta)))
    for name, make in runs:
        algo = make()
        t0 = time.perf_counter()
        algo.run()
        seconds = time.perf_counter() - t0
        scores = algo.scores()
        print(json.dumps({"algorithm": name, "seconds": seconds, "values": dict(zip(names, scores))}))


if __name__ == "__main__":
    main()
