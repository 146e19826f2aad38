#!/bin/sh
# The sources as `make dist` packs them build the way a distribution builds them: the
# user's CFLAGS, CPPFLAGS and LDFLAGS are added to the project's own flags, never replace
# them; clang with -Werror builds it too.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1

make -s dist >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0 "make dist: exit 0"
tarball=$(tail -1 "$OUT")
case $tarball in gonghui-[0-9]*.tar.gz) ok "make dist names the tarball" ;;
*) fail "make dist names the tarball" "'$tarball'" ;; esac
mkdir "$TMP/src"
tar -C "$TMP/src" -xzf "$tarball" && rm -f "$tarball"
S=$(ls -d "$TMP"/src/gonghui-* 2>/dev/null | head -1)
for f in Makefile COPYING NEWS README.md doc/gonghui.1 doc/design.md po/zh_CN.po \
	tests/run.sh tools/deps.sh; do
	if [ -f "$S/$f" ]; then ok "the tarball has $f"; else fail "the tarball has $f" "missing"; fi
done
if [ -e "$S/build" ] || [ -e "$S/gonghui" ]; then fail "the tarball has no build output" "$(ls "$S")"
else ok "the tarball has no build output"; fi
cd "$S" || exit 1

# The user's flags come after the project's; -I. and -std=c11 stay.
make -n build/core/money.o CPPFLAGS=-D_FORTIFY_SOURCE=2 CFLAGS='-O1 -g' >"$OUT" 2>&1
for want in "-I." "-std=c11" "-Wall" "-D_FORTIFY_SOURCE=2" "-O1 -g"; do
	expect_grep "CPPFLAGS= CFLAGS= from the command line: $want" " $want" "$OUT"
done
make -n build/tests/test_money LDFLAGS=-Wl,-z,relro >"$OUT" 2>&1
expect_grep "a test binary is linked with LDFLAGS" "-Wl,-z,relro" "$OUT"
make -n gonghui LDFLAGS=-Wl,-z,relro >"$OUT" 2>&1
expect_grep "gonghui is linked with LDFLAGS" "-Wl,-z,relro" "$OUT"

make -s CPPFLAGS=-D_FORTIFY_SOURCE=2 CFLAGS='-O1 -g' LDFLAGS=-Wl,-z,relro \
	all build/tests/test_money >"$OUT" 2>&1; RC=$?
expect_rc 0 "make CPPFLAGS=-D_FORTIFY_SOURCE=2 CFLAGS='-O1 -g' builds"
if [ -s "$OUT" ]; then fail "…without a warning" "$(head -5 "$OUT")"; else ok "…without a warning"; fi
./build/tests/test_money >"$OUT" 2>&1
expect_grep "…and what it built works" " 0 failed" "$OUT"

if command -v clang >/dev/null 2>&1; then
	make -s clean
	make -s CC=clang CFLAGS='-O2 -Werror' all build/tests/test_money >"$OUT" 2>&1; RC=$?
	expect_rc 0 "make CC=clang CFLAGS='-O2 -Werror' builds"
	[ "$RC" = 0 ] || sed 's/^/    /' "$OUT" | head -10
else
	skip "make CC=clang CFLAGS='-O2 -Werror' builds" "clang is not installed"
fi
