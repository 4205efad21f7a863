#!/usr/bin/env python3
"""Frustration index of signed graphs by a MILP (scipy.optimize.milp, HiGHS).

Reads JSON from stdin: a list of graphs, each {"nodes": n, "edges": [[u, v, sign], ...]}.
Writes JSON to stdout: the list of optimal frustration indices, in order.
Exits 3 when scipy is missing, so the Swift test can skip visibly.

Model: x_i in {0,1} is the side of node i (node 0 fixed to 0); f_e in {0,1} says
edge e is frustrated. A positive edge needs f >= x_u - x_v and f >= x_v - x_u; a
negative edge needs f >= x_u + x_v - 1 and f >= 1 - x_u - x_v. Minimize sum f.
"""
import json
import sys

try:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
except ImportError:
    sys.exit(3)


def frustration(n, edges):
    m = len(edges)
    if m == 0:
        return 0
    c = np.concatenate([np.zeros(n), np.ones(m)])
    rows = []
    lower = []
    for k, (u, v, s) in enumerate(edges):
        fe = n + k
        if s > 0:
            # f - x_u + x_v >= 0 ; f + x_u - x_v >= 0
            rows.append({fe: 1, u: -1, v: 1}); lower.append(0)
            rows.append({fe: 1, u: 1, v: -1}); lower.append(0)
        else:
            # f - x_u - x_v >= -1 ; f + x_u + x_v >= 1
            rows.append({fe: 1, u: -1, v: -1}); lower.append(-1)
            rows.append({fe: 1, u: 1, v: 1}); lower.append(1)
    a = np.zeros((len(rows), n + m))
    for i, r in enumerate(rows):
        for j, x in r.items():
            a[i, j] += x
    lb = np.zeros(n + m)
    ub = np.ones(n + m)
    ub[0] = 0  # node 0 on side 0
    res = milp(c, constraints=LinearConstraint(a, np.array(lower), np.full(len(rows), np.inf)),
               integrality=np.ones(n + m), bounds=Bounds(lb, ub))
    if not res.success:
        raise SystemExit("MILP failed: " + res.message)
    return int(round(res.fun))


graphs = json.load(sys.stdin)
print(json.dumps([frustration(g["nodes"], g["edges"]) for g in graphs]))
