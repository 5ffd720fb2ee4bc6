#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time on a copy of its seed corpus.
#   run-fuzzer.sh FUZZER SEED_CORPUS WORK_DIR SECONDS
# Fails on any crash, leak or timeout; the input that caused it is left in
# WORK_DIR (crash-*, leak-*, timeout-*) to be kept as a regression seed.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$seeds"
