#!/bin/sh
# Writes betweenness_n10000.tsv.gz: the exact betweenness (hop counts, NetworkX's
# normalization) of the 10,000-actor graph of ../shared/bench/gen.py, for
# ApproximateBetweennessLargeTests, which then only runs the sampling. The values come
# from Entente's Brandes pass (`entente-bench approxbetweenness --exact`), which
# CentralityTests holds equal to NetworkX's to 1e-9; they keep 6 significant digits (within 1e-7 here),
# far finer than the 0.01 the test checks. Run from the repository's root:
#
#     sh Tests/EntenteAnalysisTests/Fixtures/betweenness_n10000.sh
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 ../shared/bench/gen.py --sizes 10000 --out "$dir" > /dev/null
swift build -c release --product entente-bench
.build/release/entente-bench approxbetweenness "$dir/actors_n10000.tsv" --exact "$dir/exact.tsv" --no-peer
awk -F'\t' '{ printf "%s\t%.6g\n", $1, $2 }' "$dir/exact.tsv" | gzip -9n > Tests/EntenteAnalysisTests/Fixtures/betweenness_n10000.tsv.gz
