#!/bin/sh
# The man page is clean under the two formatters a distribution checks it with
# (mandoc -Tlint; groff -ww after preconv, which turns its UTF-8 into groff's own
# characters), and it describes every command `gonghui --help` lists. mandoc's
# style notes (a source line longer than 80 bytes, counting each Chinese character as
# its 8-byte escape) are reported but do not fail the test; its warnings and errors do.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
M=doc/gonghui.1

if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -W warning "$M" >"$OUT" 2>&1; RC=$?
	if [ "$RC" = 0 ] && [ ! -s "$OUT" ]; then ok "mandoc -Tlint: no warning"
	else fail "mandoc -Tlint: no warning" "$(head -5 "$OUT")"; fi
	mandoc -Tlint -W style "$M" 2>&1 | sed -n 's/^mandoc: /note: /p' | head -5
else
	skip "mandoc -Tlint: nothing to say" "mandoc is not installed (make deps installs it)"
fi
if command -v groff >/dev/null 2>&1 && command -v preconv >/dev/null 2>&1; then
	preconv -e UTF-8 "$M" | groff -man -ww -Tutf8 -z >"$OUT" 2>&1; RC=$?
	if [ "$RC" = 0 ] && [ ! -s "$OUT" ]; then ok "groff -man -ww: no warning"
	else fail "groff -man -ww: no warning" "$(head -5 "$OUT")"; fi
else
	skip "groff -man -ww: no warning" "groff is not installed"
fi

"$BIN" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\).*/\1/p' >"$TMP/cmds"
[ -s "$TMP/cmds" ] || fail "the help lists commands" "none found"
while read -r c; do
	[ "$c" = help ] && continue
	if grep -Eq "^\.B[IR]? \"?$c( |\"|$)" "$M"; then ok "the man page describes '$c'"
	else fail "the man page describes '$c'" "no '.B $c' or '.BI $c' line in $M"; fi
done <"$TMP/cmds"
