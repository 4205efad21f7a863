#!/usr/bin/env python3
"""Round trip through real peers: NetworkX and igraph read Entente's GraphML, GEXF and
JSON exports of the seed graph, and write their own exports, which Entente reads back.

usage: python3 Tests/Interchange/roundtrip.py ENTENTE_BINARY   (from the repository root)
Prints one line per check and closes with 'N passed, N failed'; exits 1 on a failure.
"""
import json
import os
import subprocess
import sys
import tempfile

import igraph as ig
import networkx as nx

BIN = sys.argv[1]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def entente(*args):
    r = subprocess.run([BIN, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"entente {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def snapshot_keys(path, at):
    out = entente("snapshot", path, "--at", at, "--format", "tsv")
    return sorted(tuple(l.split("\t")[1:4]) for l in out.splitlines()[1:])


tmp = tempfile.mkdtemp(prefix="entente-roundtrip-")
seeds = "graphs/seeds.yaml"
expected = snapshot_keys(seeds, "2020")
n_actors = len({k[0] for k in expected} | {k[1] for k in expected})
for fmt in ["graphml", "gexf", "json"]:
    entente("export", seeds, "--at", "2020", "--format", fmt, "-o", f"{tmp}/s.{fmt}")
    entente("export", seeds, "--format", fmt, "-o", f"{tmp}/all.{fmt}")
# NetworkX's read_gexf refuses mixed graphs: the convention is one file per direction.
for d in ["directed", "undirected"]:
    entente("export", seeds, "--at", "2020", "--format", "gexf", "--direction", d, "-o", f"{tmp}/s-{d}.gexf")
    entente("export", seeds, "--format", "gexf", "--direction", d, "-o", f"{tmp}/all-{d}.gexf")


def read_gexf_pair(stem):
    """The directed and the undirected halves of an export, as one MultiDiGraph for the common checks."""
    D, U = nx.read_gexf(f"{stem}-directed.gexf"), nx.read_gexf(f"{stem}-undirected.gexf")
    G = nx.MultiDiGraph(D)
    G.add_nodes_from(U.nodes(data=True))
    G.add_edges_from((u, v, d) for u, v, d in U.edges(data=True))
    return G


# NetworkX reads Entente's exports.
readers = {"graphml": nx.read_graphml, "gexf": lambda p: read_gexf_pair(p[:-len(".gexf")]),
           "json": lambda p: nx.node_link_graph(json.load(open(p)))}
for fmt, read in readers.items():
    G = read(f"{tmp}/s.{fmt}")
    check(f"networkx reads {fmt}: {n_actors} actors, {len(expected)} relations",
          G.number_of_nodes() == n_actors and G.number_of_edges() == len(expected),
          f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    # An undirected edge may come back with its ends swapped: compare them in Entente's order.
    kinds = sorted((u, v, d["kind"]) if (u, v, d["kind"]) in expected else (v, u, d["kind"])
                   for u, v, d in G.edges(data=True))
    check(f"networkx reads {fmt}: edge kinds", kinds == expected, f"{kinds[:3]} vs {expected[:3]}")
    name = G.nodes["RUS"].get("label") or G.nodes["RUS"].get("name")
    check(f"networkx reads {fmt}: node attributes", name == "Russia" and G.nodes["CSTO"].get("kind") == "organization",
          str(G.nodes["RUS"]))
    arms = [d for u, v, d in G.edges(data=True) if (u, v, d["kind"]) == ("RUS", "ARM", "arms_supply")]
    check(f"networkx reads {fmt}: typed edge attributes",
          len(arms) == 1 and abs(float(arms[0]["weight"]) - 1.6931471805599454) < 1e-9 and int(arms[0]["sign"]) == 1
          and "thread-2020#17" in arms[0]["evidence"], str(arms))

# Undirected kinds come back undirected: the undirected half is a MultiGraph.
U = nx.read_gexf(f"{tmp}/s-undirected.gexf")
D = nx.read_gexf(f"{tmp}/s-directed.gexf")
ukinds = {d["kind"] for _, _, d in U.edges(data=True)}
check("networkx reads undirected kinds as an undirected MultiGraph",
      not U.is_directed() and U.is_multigraph() and U.number_of_edges() > 0 and {"tension"} <= ukinds
      and D.is_directed() and not any(d["kind"] in ukinds for _, _, d in D.edges(data=True)),
      f"{type(U).__name__} with {sorted(ukinds)}")
# The GraphML of all kinds: a MultiGraph view of the undirected ones through the `directed` attribute.
G = nx.read_graphml(f"{tmp}/s.graphml")
view = nx.MultiGraph([(u, v, d) for u, v, d in G.edges(data=True) if not d["directed"]])
check("networkx: a MultiGraph view of the GraphML's undirected kinds has the same edges",
      sorted(d["kind"] for _, _, d in view.edges(data=True)) == sorted(d["kind"] for _, _, d in U.edges(data=True)))

# What Gephi draws, as NetworkX reads it: viz colours, sizes, positions, and node spells.
G = read_gexf_pair(f"{tmp}/all")
viz = G.nodes["RUS"].get("viz", {})
check("networkx reads the GEXF viz (colour, size, position)",
      set(viz.get("color", {})) >= {"r", "g", "b"} and viz.get("size", 0) > 8
      and set(viz.get("position", {})) >= {"x", "y"}, str(viz))
spells = [d.get("spells") for u, v, d in G.edges(data=True) if (u, v, d["kind"]) == ("ARM", "CSTO", "membership")]
check("networkx reads the GEXF timeline (spells)", [("2002-10-07", "2024-02-21")] in spells, str(spells))
node_spells = G.nodes["PRK"].get("spells")
check("networkx reads node spells from an actor's first to last relation",
      isinstance(node_spells, list) and len(node_spells) == 1 and node_spells[0][0] is not None, str(node_spells))

# igraph reads Entente's GraphML and JSON.
g = ig.Graph.Read_GraphML(f"{tmp}/s.graphml")
check("igraph reads graphml", g.vcount() == n_actors and g.ecount() == len(expected), f"{g.vcount()} {g.ecount()}")
check("igraph reads graphml attributes", set(["kind", "weight", "sign", "evidence"]) <= set(g.es.attributes())
      and g.vs.find(id="RUS")["label"] == "Russia")
data = json.load(open(f"{tmp}/s.json"))
g2 = ig.Graph.DictList(vertices=data["nodes"], edges=data["edges"], directed=True, vertex_name_attr="id",
                       edge_foreign_keys=("source", "target"))
check("igraph reads the node-link JSON", g2.vcount() == n_actors and g2.ecount() == len(expected)
      and sorted(g2.es["kind"]) == sorted(k for _, _, k in expected))

# Their exports come back into Entente.
G = nx.read_graphml(f"{tmp}/s.graphml")
nx.write_graphml(G, f"{tmp}/nx.graphml")
with open(f"{tmp}/nx.json", "w") as f:
    json.dump(nx.node_link_data(G), f)
nx.write_gexf(G, f"{tmp}/nx.gexf")
g.write_graphml(f"{tmp}/ig.graphml")
for path, fmt in [("nx.graphml", "graphml"), ("nx.json", "json"), ("nx.gexf", "gexf"), ("ig.graphml", "graphml")]:
    entente("import", f"{tmp}/{path}", "--format", fmt, "-o", f"{tmp}/{path}.yaml")
    back = snapshot_keys(f"{tmp}/{path}.yaml", "2020")
    check(f"entente reads {path} back: the same relations", back == expected, f"{len(back)} vs {len(expected)}")
entente("export", seeds, "--format", "csv", "-o", f"{tmp}/csv")
entente("import", f"{tmp}/csv/edges.csv", "--format", "csv", "-o", f"{tmp}/csv.yaml")
check("entente reads its CSV back", snapshot_keys(f"{tmp}/csv.yaml", "2016") == snapshot_keys(seeds, "2016"))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
