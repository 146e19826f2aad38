#!/bin/sh
# Install what gonghui needs to build and test on Debian/Ubuntu, and generate the
# zh_CN.UTF-8 and zh_TW.UTF-8 locales. Quick and silent when everything is present.
set -e

PACKAGES="gcc make pkg-config libncurses-dev libsqlite3-dev libunistring-dev gettext \
locales tmux unicode-data bzip2 sqlite3"
# Used by tests when present (a test without them says SKIP): mandoc lints the man page,
# hledger checks the exported journal. Not every release has them; their absence does
# not stop the build.
OPTIONAL="mandoc hledger"

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

need_locale=
for l in zh_CN zh_TW; do
	locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" || need_locale="$need_locale $l"
done
if [ -n "$need_locale" ]; then
	echo "deps: generating locales$need_locale"
	for l in $need_locale; do
		grep -q "^$l.UTF-8 UTF-8" /etc/locale.gen 2>/dev/null ||
			echo "$l.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
	done
	# en_US too: the tests run in English under it where C.UTF-8 is missing.
	grep -q "^en_US.UTF-8 UTF-8" /etc/locale.gen || echo "en_US.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
	$SUDO locale-gen >/dev/null
fi
exit 0
