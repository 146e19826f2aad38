#!/bin/sh
# make check32: build gonghui for i386 (32-bit x86, as many old school PCs are) and run
# `make check` there. A fresh Debian i386 system of the same release is made once in
# build/i386 (debootstrap, about 400 MB; the packages come from the same mirror as the
# host's) and the working tree is copied into it; tools/deps.sh then installs the
# i386 build and test packages inside it. Nothing is installed for i386 on the host
# itself: Debian's multiarch would need the i386 copies of the host's libraries at
# exactly the versions installed, which on a machine not fully upgraded means
# upgrading its 64-bit packages too.
#
# Needs root (debootstrap and chroot); debootstrap itself is installed on the host if
# missing. I386_ROOT=DIR puts the system elsewhere; delete it to start afresh.
set -e
cd "$(dirname "$0")/.."
TOP=$(pwd)
ROOT=${I386_ROOT:-$TOP/build/i386}
if [ "$(id -u)" != 0 ]; then
	echo "check32: needs root (debootstrap and chroot): sudo make check32" >&2
	exit 2
fi
. /etc/os-release
SUITE=${VERSION_CODENAME:?check32: no VERSION_CODENAME in /etc/os-release}
MIRROR=${I386_MIRROR:-http://deb.debian.org/debian}

if [ ! -x "$ROOT/usr/bin/gcc" ]; then
	command -v debootstrap >/dev/null 2>&1 || {
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			debootstrap >/dev/null
	}
	echo "check32: making an i386 $SUITE system in $ROOT (once)"
	debootstrap --arch=i386 --variant=minbase --include=gcc,make,libc6-dev,procps \
		"$SUITE" "$ROOT" "$MIRROR" >"$TOP/build/i386-debootstrap.log" 2>&1 || {
		echo "check32: debootstrap failed; see build/i386-debootstrap.log" >&2
		exit 1
	}
fi

# The tree as it is now (without build/), copied afresh each time.
rm -rf "$ROOT/src"
mkdir -p "$ROOT/src"
tar -C "$TOP" --exclude=./build --exclude=./.git --exclude=./gonghui -cf - . | tar -C "$ROOT/src" -xf -

cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mounted=
cleanup() { for m in $mounted; do umount "$ROOT/$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for m in proc dev dev/pts; do
	if ! mountpoint -q "$ROOT/$m"; then
		case $m in
		proc) mount -t proc proc "$ROOT/proc" ;;
		*) mount --bind "/$m" "$ROOT/$m" ;;
		esac
		mounted="$m $mounted"
	fi
done

chroot "$ROOT" /bin/sh -c '
	set -e
	cd /src
	sh tools/deps.sh
	echo "check32: $(gcc -dumpmachine), $(getconf LONG_BIT)-bit long"
	make -j2 >/tmp/check32-build.log 2>&1 || { tail -20 /tmp/check32-build.log; exit 1; }
	# the ELF class byte: 1 is a 32-bit program
	[ "$(od -An -tx1 -j4 -N1 gonghui | tr -d " ")" = 01 ] || { echo "check32: gonghui is not 32-bit"; exit 1; }
	echo "check32: gonghui is a 32-bit program"
	make check'
