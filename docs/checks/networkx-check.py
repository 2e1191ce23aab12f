"""Checks `./citycoop analyze --csv` against networkx on the exported cooperation network.

Usage (see docs/analysis-check.md):
    python3 docs/checks/networkx-check.py out/network-csv/edges.csv out/figures.csv

Reads the edge list `./citycoop export --graph csv` writes (source, target, weight) into an undirected weighted
networkx graph, computes degree, weighted degree, connected components, betweenness (unnormalised, paths counting
links) and Louvain communities, and compares them with the figures analyze printed: the 20 places of highest
degree and of highest betweenness must be the same places with the same values, the number of components the same,
and the modularity of analyze's communities at least that of networkx's Louvain communities.
"""
import csv
import sys

import networkx as nx


def read_graph(edges_csv):
    graph = nx.Graph()
    with open(edges_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            graph.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    return graph


def read_figures(figures_csv):
    with open(figures_csv, newline="", encoding="utf-8") as f:
        return {row["place"]: row for row in csv.DictReader(f)}


def top(values, n=20):
    return sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def compare(name, theirs, ours, tolerance=1e-6):
    failures = 0
    for place, value in top(theirs):
        mine = float(ours[place])
        ok = abs(mine - value) <= tolerance * max(1.0, abs(value))
        failures += 0 if ok else 1
        print(f"{name:12} {place:55} networkx {value:16.3f}  analyze {mine:16.3f}  {'ok' if ok else 'DIFFERS'}")
    return failures


def main(edges_csv, figures_csv):
    graph = read_graph(edges_csv)
    figures = read_figures(figures_csv)
    print(f"{graph.number_of_nodes()} places, {graph.number_of_edges()} links")
    failures = compare("degree", dict(graph.degree()), {p: f["degree"] for p, f in figures.items()})
    failures += compare("weighted", dict(graph.degree(weight="weight")),
                        {p: f["weightedDegree"] for p, f in figures.items()})
    betweenness = nx.betweenness_centrality(graph, normalized=False)
    failures += compare("betweenness", betweenness, {p: f["betweenness"] for p, f in figures.items()})
    components = nx.number_connected_components(graph)
    ours = len({f["component"] for f in figures.values()})
    print(f"components: networkx {components}, analyze {ours}")
    failures += 0 if components == ours else 1
    louvain = nx.community.louvain_communities(graph, weight="weight", seed=1)
    theirs_q = nx.community.modularity(graph, louvain, weight="weight")
    groups = {}
    for place, f in figures.items():
        groups.setdefault(f["community"], set()).add(place)
    ours_q = nx.community.modularity(graph, list(groups.values()), weight="weight")
    print(f"communities: networkx Louvain {len(louvain)} (modularity {theirs_q:.4f}), "
          f"analyze Leiden {len(groups)} (modularity {ours_q:.4f})")
    failures += 0 if ours_q >= theirs_q - 1e-9 else 1
    print("agree" if failures == 0 else f"{failures} disagreements")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
