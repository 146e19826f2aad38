#!/bin/sh
# The repository stands alone: no file points at design documents or paths outside it,
# and the design the README points to is in doc/.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
if [ -e .git ]; then files=$(git ls-files); else files=$(find . -type f ! -path './build/*' | sed 's|^\./||'); fi
outside=$(printf '%s\n' "$files" | grep -v '^tests/cli/standalone.sh$' |
	while IFS= read -r f; do [ -f "$f" ] && grep -lE '\.\./shared|/work/' "$f"; done)
if [ -z "$outside" ]; then ok "no file refers outside the repository"
else fail "no file refers outside the repository" "$(echo $outside)"; fi
dangling=$(printf '%s\n' "$files" | grep -v '^tests/cli/standalone.sh$' |
	while IFS= read -r f; do [ -f "$f" ] && grep -lE '(^|[^/a-z])(DESIGN|STYLE)\.md' "$f"; done)
if [ -z "$dangling" ]; then ok "no file points at a DESIGN.md or STYLE.md it does not have"
else fail "no file points at a DESIGN.md or STYLE.md it does not have" "$(echo $dangling) (the design is doc/design.md)"; fi
for f in doc/design.md COPYING NEWS; do
	if [ -s "$f" ]; then ok "$f is there"; else fail "$f is there" "missing"; fi
done
for s in "## Three layers" "## The records" "## The command line" "### Keys" "## Speed and size"; do
	expect_grep "doc/design.md has '$s'" "$s" doc/design.md
done
