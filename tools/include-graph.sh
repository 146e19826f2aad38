#!/bin/sh
# include-graph.sh — the include graph between modules, from the sources: a module is
# a .c with its .h (tui/form.c + tui/form.h = tui/form); an edge A -> B says a file of A
# includes B's header. Prints one edge a line, then the cycles (tsort's loops), if any.
#
#   sh tools/include-graph.sh [--check] DIR…   (default: tui core db)
#
# With --check it prints only the cycles and exits 1 when there is one (make check).
check=0
if [ "$1" = --check ]; then check=1; shift; fi
[ $# -gt 0 ] || set -- tui core db
edges=$(for d in "$@"; do
	for f in "$d"/*.c "$d"/*.h; do
		[ -f "$f" ] || continue
		from=${f%.*}
		sed -n 's/^#include "\([^"]*\)\.h".*/\1/p' "$f" | while read -r to; do
			[ "$to" = "$from" ] || echo "$from $to"
		done
	done
done | sort -u)
[ $check = 1 ] || printf '%s\n' "$edges" | sed 's/ / -> /'
loops=$(printf '%s\n' "$edges" | tsort 2>&1 >/dev/null | grep -v 'input contains a loop')
if [ -n "$loops" ]; then
	echo "include cycle among:"
	printf '%s\n' "$loops" | sed 's/^tsort: /  /'
	exit 1
fi
[ $check = 1 ] || echo "no include cycle"
exit 0
