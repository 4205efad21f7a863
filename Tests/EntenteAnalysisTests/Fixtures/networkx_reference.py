#!/usr/bin/env python3
"""Expected centralities for Entente's analysis tests, computed with NetworkX.

usage: python3 networkx_reference.py > expected_networkx.json   (run in this folder)

Graphs (the projections Entente's AnalysisGraph makes, documented in Guides/Analysis.md):
  seeds-2020, seeds-2024: `entente snapshot graphs/seeds.yaml --at YEAR --format tsv`.
      Each snapshot edge adds its weight to source->target; an edge of an undirected
      kind (alliance, tension, hostility) also adds it to target->source.
  actors_n1000: ../shared/bench/gen.py's N=1000 graph (copied here). As peers.py:
      parallel relations summed into one directed edge, self-loops dropped.
  signed-small: a hand-made signed graph (signed-small.tsv), collapsed the same way.
Measures, NetworkX defaults unless said: degree, in_degree, out_degree (centrality,
divided by n-1), betweenness (normalized, hop count), betweenness_weighted (weight as
distance), betweenness_undirected (undirected projection, hop count), closeness
(Wasserman-Faust, incoming distances), harmonic, eigenvector (weight=None,
max_iter=100, tol=1e-6: NetworkX's defaults, which entente uses), pagerank (alpha=0.85, weight).
  seeds-2024-cooperative, seeds-2024-conflict: the 2024 projection with only the
      arcs of positive (cooperative) or negative (conflict) kinds, every actor kept.
Also, for signed-small, the PN index of Everett and Borgatti (2014) by its definition:
PN = (I - A / (2n - 2))^-1 1 with A = P - 2N on the undirected signed projection
(sign of the summed signed weight of each pair).
"""
import json
import os
import sys

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
UNDIRECTED = {"alliance", "tension", "hostility"}


def snapshot_graph(path, layer=None):
    """The projection; with layer +1 or -1 only the arcs of that sign (every actor kept)."""
    G = nx.DiGraph()
    with open(path) as f:
        next(f)
        for line in f:
            at, s, t, kind, sign, w, *_ = line.rstrip("\n").split("\t")
            w = float(w)
            if layer is not None:
                G.add_node(s), G.add_node(t)
                if int(sign) != layer:
                    continue
            for u, v in [(s, t)] + ([(t, s)] if kind in UNDIRECTED else []):
                if u == v:
                    continue
                G.add_node(u), G.add_node(v)
                G.add_edge(u, v, weight=G[u][v]["weight"] + w if G.has_edge(u, v) else w)
    return G


def edgelist_graph(path):
    G = nx.DiGraph()
    with open(path) as f:
        next(f)
        for line in f:
            s, t, kind, sign, w, year = line.rstrip("\n").split("\t")
            G.add_node(s), G.add_node(t)
            if s == t:
                continue
            w = float(w)
            G.add_edge(s, t, weight=G[s][t]["weight"] + w if G.has_edge(s, t) else w)
    return G


def signed_pairs(path):
    acc = {}
    nodes = []
    with open(path) as f:
        next(f)
        for line in f:
            s, t, kind, sign, w, year = line.rstrip("\n").split("\t")
            for x in (s, t):
                if x not in nodes:
                    nodes.append(x)
            if s == t:
                continue
            key = tuple(sorted((s, t)))
            acc[key] = acc.get(key, 0.0) + int(sign) * float(w)
    return nodes, {k: (1 if v > 0 else -1) for k, v in acc.items() if v != 0}


def measures(G):
    U = G.to_undirected()
    return {
        "degree": nx.degree_centrality(G),
        "in_degree": nx.in_degree_centrality(G),
        "out_degree": nx.out_degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G),
        "betweenness_weighted": nx.betweenness_centrality(G, weight="weight"),
        "betweenness_undirected": nx.betweenness_centrality(U),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "eigenvector": nx.eigenvector_centrality(G),
        "pagerank": nx.pagerank(G, alpha=0.85),
    }


def pn_index(nodes, pairs):
    n = len(nodes)
    idx = {v: i for i, v in enumerate(nodes)}
    A = np.zeros((n, n))
    for (u, v), s in pairs.items():
        val = 1.0 if s > 0 else -2.0
        A[idx[u], idx[v]] = A[idx[v], idx[u]] = val
    pn = np.linalg.solve(np.eye(n) - A / (2 * n - 2), np.ones(n))
    return {v: float(pn[idx[v]]) for v in nodes}


def main():
    out = {"networkx": nx.__version__, "graphs": {}}
    for name, G in [
        ("seeds-2020", snapshot_graph(os.path.join(HERE, "seeds-2020.tsv"))),
        ("seeds-2024", snapshot_graph(os.path.join(HERE, "seeds-2024.tsv"))),
        ("actors_n1000", edgelist_graph(os.path.join(HERE, "actors_n1000.tsv"))),
        ("signed-small", edgelist_graph(os.path.join(HERE, "signed-small.tsv"))),
        # The layers of issue 16: influence on cooperative relations, exposure on conflict ones.
        ("seeds-2024-cooperative", snapshot_graph(os.path.join(HERE, "seeds-2024.tsv"), layer=1)),
        ("seeds-2024-conflict", snapshot_graph(os.path.join(HERE, "seeds-2024.tsv"), layer=-1)),
    ]:
        m = measures(G)
        out["graphs"][name] = {
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "measures": {k: {n: round(v, 15) for n, v in sorted(d.items())} for k, d in m.items()},
        }
    nodes, pairs = signed_pairs(os.path.join(HERE, "signed-small.tsv"))
    out["graphs"]["signed-small"]["pn_index"] = pn_index(nodes, pairs)
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
