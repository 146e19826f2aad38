#!/bin/sh
# make install / uninstall honour DESTDIR and PREFIX and put the binary, both
# translations and the man page in their places.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
D="$TMP/root"
make -s install DESTDIR="$D" >"$OUT" 2>&1; RC=$?
expect_rc 0 "make install DESTDIR=…: exit 0"
P=/usr/local
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
make -s uninstall DESTDIR="$D" >"$OUT" 2>&1; RC=$?
expect_rc 0 "make uninstall: exit 0"
left=$(find "$D" -type f | head -3)
if [ -z "$left" ]; then ok "uninstall removes every installed file"
else fail "uninstall removes every installed file" "$left"; fi
