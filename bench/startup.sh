#!/bin/sh
# Start-up and keystroke benchmark of the full-screen program (doc/design.md "Speed and
# size": first screen in under 50 ms and under 16 MB resident on 2,000 members over 20
# years; a keystroke redrawn in under 10 ms). Run by bench/run.sh on its generated
# database.
#
# build/bench/lifetime runs gonghui in a tmux pane and notes its wall time and peak
# resident memory. The keys are typed into the terminal before gonghui reads them, so it
# draws its first screen, reads them and quits: "q" alone measures start-up + first
# screen + quit; "End q" adds one keystroke (jump to the last of 2,000 members, which
# pages the list through SQL) and its redraw.
# Usage: bench/startup.sh DB [RUNS]
cd "$(dirname "$0")/.." || exit 2
SRC=$1
RUNS=${2:-7}
COLD=
# the program to measure (an older one beside this one, for bench/run.sh's BEFORE)
GONGHUI=${GONGHUI:-./gonghui}
export GONGHUI_TODAY=${GONGHUI_TODAY:-2025-12-20}
TMP=$(mktemp -d)
SOCK=ghbench$$
trap 'tmux -L $SOCK kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
cp "$SRC" "$TMP/b.db" || exit 1
"$GONGHUI" -f "$TMP/b.db" check >/dev/null   # migrate once, outside the timing
sqlite3 "$TMP/b.db" "INSERT OR REPLACE INTO setting(key, value) VALUES
	('setup_done', '1'), ('school_name', 'Bench School'), ('union_name', 'Bench Union')"

run() { # KEYS… → "MS KB" of one run
	rm -f "$TMP/out"
	# cold: the database's pages out of the cache first (only this file's)
	[ -z "$COLD" ] || build/bench/evict "$TMP/b.db" "$TMP/b.db-wal" "$TMP/b.db-shm"
	tmux -L $SOCK new-session -d -x 80 -y 24 \
		"env LANG=C.UTF-8 GONGHUI_TODAY=$GONGHUI_TODAY build/bench/lifetime $TMP/out $GONGHUI -f $TMP/b.db"
	tmux -L $SOCK send-keys "$@"
	i=0
	while [ ! -s "$TMP/out" ] && [ $i -lt 1000 ]; do sleep 0.01; i=$((i + 1)); done
	tmux -L $SOCK kill-server 2>/dev/null
	cat "$TMP/out"
}
best() { sort -n | head -1; }

for r in $(seq "$RUNS"); do run q; done >"$TMP/q"
# the first screen (what is waiting) is where it opens; the keystroke is measured on the
# member roll (1), against opening the roll alone
for r in $(seq "$RUNS"); do run 1 q; done >"$TMP/roll"
for r in $(seq "$RUNS"); do run 1 End q; done >"$TMP/end"
for r in $(seq "$RUNS"); do run 2 q; done >"$TMP/dues"
COLD=1
for r in $(seq "$RUNS"); do run q; done >"$TMP/qcold"
for r in $(seq "$RUNS"); do run 2 q; done >"$TMP/duescold"
COLD=
start=$(cut -d' ' -f1 "$TMP/q" | best)
with_key=$(cut -d' ' -f1 "$TMP/end" | best)
roll=$(cut -d' ' -f1 "$TMP/roll" | best)
dues=$(cut -d' ' -f1 "$TMP/dues" | best)
qcold=$(cut -d' ' -f1 "$TMP/qcold" | best)
duescold=$(cut -d' ' -f1 "$TMP/duescold" | best)
rss=$(cut -d' ' -f2 "$TMP/q" "$TMP/end" "$TMP/dues" | sort -n | tail -1)
echo "start-up, first screen and quit: best of $RUNS $start ms (budget 50 ms)"
echo "switching to this month's dues (every active member, months behind): $(echo "$dues $start" | awk '{ printf "%.1f", $1 - $2 }') ms more"
echo "cold (the database not in the cache): start-up $qcold ms, with the switch to Dues $duescold ms (budget 50 ms)"
echo "peak resident: $((rss / 1024)) MB (budget 16 MB)"
echo "one keystroke (End on 2,000 members) and its redraw: $(echo "$with_key $roll" | awk '{ printf "%.1f", $1 - $2 }') ms more (budget 10 ms)"
