#!/bin/sh
# The fuzz corpus (tests/fuzz/corpus/*) replayed through each harness built with
# AddressSanitizer and UndefinedBehaviorSanitizer (build/tests/replay_*): every input
# runs to its end without a crash, a leak or undefined behaviour.
. "$(dirname "$0")/lib.sh"

for f in money date csv import; do
	bin="$TOP/build/tests/replay_$f"
	if [ ! -x "$bin" ]; then
		fail "replay $f" "$bin is missing (make check builds it)"
		continue
	fi
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		"$bin" "$TOP/tests/fuzz/corpus/$f" >"$OUT" 2>"$ERR"
	RC=$?
	n=$(sed -n 's/^ok replay: \([0-9]*\) inputs$/\1/p' "$OUT")
	if [ "$RC" = 0 ] && [ -n "$n" ] && [ ! -s "$ERR" ]; then
		ok "replay $f: $n inputs under ASan and UBSan"
	else
		fail "replay $f" "exit $RC: $(head -5 "$ERR")"
	fi
done
