#!/bin/sh
# make fuzz: each harness for FUZZ_TIME seconds (default 60), starting from its corpus in
# tests/fuzz/corpus/NAME; new inputs go to build/fuzzer/corpus-NAME, crashes to
# build/fuzzer/crash-NAME-*. Prints the executions of each and the total.
cd "$(dirname "$0")/../.." || exit 2
t=${1:-60}
total=0 crashed=0
for f in money date csv import; do
	mkdir -p "build/fuzzer/corpus-$f"
	log="build/fuzzer/fuzz-$f.log"
	GONGHUI_TODAY=2025-06-15 "build/fuzzer/fuzz_$f" -max_total_time="$t" -print_final_stats=1 \
		-artifact_prefix="build/fuzzer/crash-$f-" -rss_limit_mb=1024 \
		"build/fuzzer/corpus-$f" "tests/fuzz/corpus/$f" >"$log" 2>&1
	rc=$?
	n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	n=${n:-0}
	total=$((total + n))
	if [ "$rc" != 0 ]; then
		crashed=$((crashed + 1))
		echo "FAIL fuzz $f: exit $rc after $n executions (see $log)"
	else
		echo "ok fuzz $f: $n executions in ${t}s, no crash"
	fi
done
echo "fuzz: $total executions, $crashed harnesses crashed"
[ "$crashed" = 0 ]
