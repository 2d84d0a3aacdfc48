#!/usr/bin/env bash
# Summarise a CSV file of training runs, such as the one make_runs.py writes.
#
# Usage:    ./summarise_runs.sh RUNS_CSV
# Options:  set TOP_N to list more or fewer of the best runs (default: 3), e.g.
#           TOP_N=5 ./summarise_runs.sh runs.csv

# Stop at the first command that fails (-e) and at any unset variable (-u).
set -eu

# The script needs exactly one argument: the CSV file to read.
if [ "$#" -ne 1 ]; then
    echo "usage: $0 RUNS_CSV" >&2
    exit 2
fi

runs_file="$1"
top_n="${TOP_N:-3}"

if [ ! -f "$runs_file" ]; then
    echo "error: file not found: $runs_file" >&2
    exit 1
fi

# Every line after the header is one run; the status is the last column.
# Counting with grep | wc -l rather than grep -c: grep -c exits with 1 when
# nothing matches, and set -e would stop the script there.
total=$(tail -n +2 "$runs_file" | wc -l)
finished=$(grep ',finished$' "$runs_file" | wc -l)
failed=$(grep ',failed$' "$runs_file" | wc -l)

echo "Summary of $runs_file"
printf '  runs:     %d\n' "$total"
printf '  finished: %d\n' "$finished"
printf '  failed:   %d\n' "$failed"

echo
echo "Runs per model:"
tail -n +2 "$runs_file" | cut -d, -f2 | sort | uniq -c | sort -nr

echo
echo "Best $top_n finished runs (run_id, model, lr, val_accuracy):"
grep ',finished$' "$runs_file" | sort -t, -k6,6 -nr | head -n "$top_n" |
    cut -d, -f1,2,3,6 | tr ',' '\t'
