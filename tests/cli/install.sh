#!/bin/sh
# make install / uninstall honour DESTDIR and PREFIX (the one make check was given, if
# any) and put the binary, both translations and the man page in their places; the
# installed binary finds its translations there.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
D="$TMP/root"
P=${PREFIX:-/usr/local}
make -s install DESTDIR="$D" PREFIX="$P" >"$OUT" 2>&1; RC=$?
expect_rc 0 "make install DESTDIR=… PREFIX=$P: exit 0"
for f in bin/gonghui share/locale/zh_CN/LC_MESSAGES/gonghui.mo \
	 share/locale/zh_TW/LC_MESSAGES/gonghui.mo share/man/man1/gonghui.1; do
	if [ -f "$D$P/$f" ]; then ok "installed $P/$f"; else fail "installed $P/$f" "missing"; fi
done
if [ -x "$D$P/bin/gonghui" ] && "$D$P/bin/gonghui" --version | grep -q '^gonghui '; then
	ok "the installed binary runs"
else
	fail "the installed binary runs" "$("$D$P/bin/gonghui" --version 2>&1)"
fi
if strings "$D$P/bin/gonghui" | grep -qx "$P/share/locale"; then
	ok "the binary looks for translations under PREFIX"
else
	fail "the binary looks for translations under PREFIX" "no $P/share/locale in it"
fi
if strings "$D$P/bin/gonghui" | grep -q "/build/locale"; then
	fail "the binary does not look beside itself for build/locale" "build/locale in it"
else
	ok "the binary does not look beside itself for build/locale"
fi
# Installed under DESTDIR, it finds its translations when pointed there (a package's
# files before they are unpacked in their place).
if have_locale zh_CN.UTF-8; then
	LOCALEDIR="$D$P/share/locale" LANG=zh_CN.UTF-8 "$D$P/bin/gonghui" --help | head -1 >"$OUT"
	expect_grep "the installed translations are complete .mo files" "用法：gonghui" "$OUT"
else
	skip "the installed translations are complete .mo files" "no zh_CN.UTF-8 locale"
fi
make -s uninstall DESTDIR="$D" PREFIX="$P" >"$OUT" 2>&1; RC=$?
expect_rc 0 "make uninstall: exit 0"
left=$(find "$D" -type f | head -3)
if [ -z "$left" ]; then ok "uninstall removes every installed file"
else fail "uninstall removes every installed file" "$left"; fi
