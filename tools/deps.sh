#!/bin/sh
# Install what gonghui needs to build and test on Debian/Ubuntu, and generate the
# zh_CN.UTF-8, zh_TW.UTF-8 and zh_CN.GB18030 locales. Quick and silent when everything
# is present.
set -e

PACKAGES="gcc make pkg-config libncurses-dev libsqlite3-dev libunistring-dev gettext \
locales tmux unicode-data bzip2 sqlite3 procps"
# Used by tests when present (a test without them says SKIP): mandoc lints the man page,
# hledger checks the exported journal, luit (with xfonts-encodings) runs the full-screen
# program under GB18030. Not every release has them; their absence does not stop the
# build.
OPTIONAL="mandoc hledger xfonts-encodings"
# luit shows the full-screen program under zh_CN.GB18030 in a UTF-8 terminal (a test
# does that); older releases have it in x11-utils, newer ones as luit.
command -v luit >/dev/null 2>&1 || OPTIONAL="$OPTIONAL luit"

SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

missing=
for p in $PACKAGES; do
	st=$(dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$st" = installed ] || missing="$missing $p"
done
optional=
for p in $OPTIONAL; do
	st=$(dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$st" = installed ] || optional="$optional $p"
done
# An optional package this release does not have is asked for once, not at every run.
stamp=${XDG_CACHE_HOME:-$HOME/.cache}/gonghui-deps-optional
if [ -n "$optional" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$optional" ]; then
	optional=
fi
if [ -n "$missing$optional" ]; then
	$SUDO apt-get update -qq
fi
if [ -n "$missing" ]; then
	echo "deps: installing$missing"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
for p in $optional; do
	echo "deps: installing $p (optional)"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$p" \
		>/dev/null 2>&1 || echo "deps: $p is not available here; the tests that use it are skipped"
done
if [ -n "$optional" ]; then
	still=
	for p in $optional; do
		st=$(dpkg-query -W -f '${db:Status-Status}' "$p" 2>/dev/null || true)
		[ "$st" = installed ] || still="$still $p"
	done
	if [ -n "$still" ]; then
		mkdir -p "$(dirname "$stamp")" && printf '%s' "$still" >"$stamp" || true
	fi
fi

# zh_CN.GB18030 as well: older Chinese installs use it, and a test runs the program under it.
need_locale=
for l in zh_CN.UTF-8 zh_TW.UTF-8 zh_CN.GB18030; do
	want=$(printf '%s' "$l" | tr 'A-Z' 'a-z' | tr -d -- -)
	locale -a 2>/dev/null | tr 'A-Z' 'a-z' | tr -d -- - | grep -qx "$want" ||
		need_locale="$need_locale $l"
done
if [ -n "$need_locale" ]; then
	echo "deps: generating locales$need_locale"
	for l in $need_locale; do
		grep -q "^$l ${l#*.}" /etc/locale.gen 2>/dev/null ||
			echo "$l ${l#*.}" | $SUDO tee -a /etc/locale.gen >/dev/null
	done
	# en_US too: the tests run in English under it where C.UTF-8 is missing.
	grep -q "^en_US.UTF-8 UTF-8" /etc/locale.gen || echo "en_US.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
	$SUDO locale-gen >/dev/null
fi
exit 0
