# lib.sh — shared by the full-screen tests. Each test drives the real ./gonghui inside
# tmux at 80×24 on a private server (tmux -L), types with send-keys and reads the screen
# with capture-pane. Nothing waits a fixed time: every step polls the screen (or a
# file) until what it expects is there, for at most $WAIT seconds.
#
#   app_start LANG [VAR=value …]   start gonghui -f $DB in a fresh 80×24 window; when it
#                                  exits, its status goes to $TMP/status and `stty -a`
#                                  of the terminal to $TMP/stty
#   keys KEY…                      tmux send-keys (names: Enter Tab BTab Escape F2 C-s …)
#   type_text TEXT                 send-keys -l: UTF-8 text, as an input method sends it
#   screen                         the screen as text (capture-pane -p)
#   wait_for TEXT                  poll until the screen contains TEXT (0) or time out (1)
#   wait_gone TEXT                 poll until the screen no longer contains TEXT
#   wait_exit                      poll until gonghui has exited ($TMP/status exists)
#   expect_screen NAME TEXT        ok when TEXT shows up, else FAIL with the screen
#   expect_not NAME TEXT           ok when TEXT is not on the (settled) screen
#   expect_grep NAME PATTERN FILE  FILE contains PATTERN (grep -F)
#   gh ARGS…                       run ./gonghui -f $DB ARGS… (the command line)
#   col_after LINE_TEXT NAME       screen column where the next field after NAME starts
#                                  on the line that contains LINE_TEXT
TOP=$(cd "$(dirname "$0")/../.." && pwd)
BIN="$TOP/gonghui"
DATA="$TOP/tests/data"
TMP=$(mktemp -d)
SOCK="gh$$-0"
STARTS=0
DB="$TMP/test.db"
WAIT=${WAIT:-5}
export GONGHUI_TODAY=2025-06-15
# The translations of the build tree, not those installed.
export LOCALEDIR="$TOP/build/locale"
unset GONGHUI_DB NO_COLOR
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP $(basename "$0"): tmux is not installed (make deps installs it)"
	exit 0
fi

# Locale names as `locale -a` spells them: zh_CN.UTF-8 is listed as zh_CN.utf8.
have_locale() {
	want=$(printf '%s' "$1" | tr 'A-Z' 'a-z' | tr -d -- -)
	locale -a 2>/dev/null | tr 'A-Z' 'a-z' | tr -d -- - | grep -qx "$want"
}

# $1 LANG, then VAR=value pairs for the environment (TERM=vt100, NO_COLOR=1 …). The
# program opens on section 1 (GONGHUI_SECTION=1), where the tests of a section start;
# GONGHUI_SECTION=0 opens it on the first screen (what is waiting), as it opens for people;
# GONGHUI_SECTION=events (a section's English name) opens that section whatever its digit.
app_start() {
	lang=$1
	shift
	# Without the locale the screen would be in English: the rest of this file cannot
	# run here.
	if ! have_locale "$lang"; then
		echo "SKIP $(basename "$0"): the $lang locale is not installed (make deps generates it)"
		exit 0
	fi
	# A new tmux server each time (a fresh socket name): starting a session while the
	# last server is still shutting down can fail.
	tmux -L "$SOCK" kill-server 2>/dev/null
	STARTS=$((STARTS + 1))
	SOCK="gh$$-$STARTS"
	rm -f "$TMP/status" "$TMP/stty"
	# The shell outlives a Ctrl-C (it goes to the whole foreground group) as an
	# interactive one would; a caught signal is reset to default in gonghui.
	cat >"$TMP/run.sh" <<EOF
trap 'true' INT
cd "$TOP"
env LANG=$lang LC_ALL= LANGUAGE= GONGHUI_TODAY=$GONGHUI_TODAY GONGHUI_SECTION=1 $* "$BIN" -f "$DB" 2>"$TMP/stderr"
st=\$?
stty -a >"$TMP/stty.tmp" 2>&1
mv "$TMP/stty.tmp" "$TMP/stty"
echo \$st >"$TMP/status"
echo 'shell\$ '
exec sleep 300
EOF
	tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 "sh '$TMP/run.sh'"
}

keys() { tmux -L "$SOCK" send-keys "$@"; }
type_text() { tmux -L "$SOCK" send-keys -l "$1"; }
screen() { tmux -L "$SOCK" capture-pane -p 2>/dev/null; }
screen_esc() { tmux -L "$SOCK" capture-pane -p -e 2>/dev/null; }

# Poll every tenth of a second for at most $WAIT seconds.
poll() { # COMMAND… : until it succeeds
	i=0
	while [ $i -lt $((WAIT * 10)) ]; do
		if "$@"; then return 0; fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
on_screen() { screen | grep -qF -- "$1"; }
off_screen() { ! screen | grep -qF -- "$1"; }
wait_for() { poll on_screen "$1"; }
wait_gone() { poll off_screen "$1"; }
has_file() { [ -s "$1" ]; }
wait_exit() { poll has_file "$TMP/status"; }

show_screen() { screen | sed 's/^/    | /'; }

expect_screen() {
	if wait_for "$2"; then ok "$1"; else
		fail "$1" "'$2' did not show up; the screen:"; show_screen; fi
}
expect_not() {
	if off_screen "$2"; then ok "$1"; else
		fail "$1" "'$2' is on the screen:"; show_screen; fi
}
expect_grep() {
	if grep -qF -- "$2" "$3"; then ok "$1"; else
		fail "$1" "'$2' not found in $(basename "$3"): $(head -5 "$3")"; fi
}
expect_no_grep() {
	if ! grep -qF -- "$2" "$3"; then ok "$1"; else
		fail "$1" "'$2' found in $(basename "$3")"; fi
}

gh() { LANG=C.UTF-8 LC_ALL= LANGUAGE= "$BIN" -f "$DB" "$@"; }

# The display column (0-based) where the next field after NAME starts, on the screen
# line holding LINE_TEXT: the width of everything up to NAME and the spaces after it.
col_after() {
	line=$(screen | grep -F -- "$1" | head -1)
	pre=${line%%"$2"*}
	rest=${line#*"$2"}
	sp=${rest%%[! ]*}
	printf '%s%s%s\n' "$pre" "$2" "$sp" | LC_ALL=C.UTF-8 wc -L
}

# The first-run form, filled in without reading its labels (they may be translated):
# its rate field shows the default 0.5; the union's name then shows in the top line.
do_setup() { # SCHOOL UNION
	wait_for "0.5" || { fail setup "the first-run form did not show"; show_screen; return 1; }
	type_text "$1"
	keys Tab
	type_text "$2"
	keys F2
	# Saved when the form is gone and the roll's keys are on the last line (the union's
	# name is not waited for: with many sections the top line has no room for it).
	wait_gone "0.5" && poll roll_open
}
roll_open() { screen | tail -1 | grep -q '^a '; }

# Add a member through the form: number, name, then Tab-separated keys for the rest.
add_member() { # NO NAME [KEYS for the fields after the name…]
	keys a
	poll form_open || return 1
	type_text "$1"
	keys Tab
	type_text "$2"
	shift 2
	[ $# -gt 0 ] && keys "$@"
	keys F2
	poll form_closed
}
# A form is open when the key line starts with "F2" (its first key, Save): key names
# are not translated, labels may be.
form_open() { screen | tail -1 | grep -q '^F2 '; }
form_closed() { ! form_open; }

expect_status() { # NAME N: gonghui exited with status N
	wait_exit
	st=$(cat "$TMP/status" 2>/dev/null)
	if [ "$st" = "$2" ]; then ok "$1"; else
		fail "$1" "exit status '$st', expected $2 (stderr: $(head -3 "$TMP/stderr"))"; fi
}
expect_same() { # NAME FILE1 FILE2
	if cmp -s "$2" "$3"; then ok "$1"; else
		fail "$1" "files differ:"; diff "$2" "$3" | head -10 | sed 's/^/    /'; fi
}
expect_eq() { # NAME GOT WANT
	if [ "$2" = "$3" ]; then ok "$1"; else fail "$1" "got '$2', expected '$3'"; fi
}

# The pid of gonghui in the window (the child of the window's shell).
app_pid() {
	sh_pid=$(tmux -L "$SOCK" display-message -p '#{pane_pid}')
	pgrep -P "$sh_pid" | head -1
}

# A database with the first-run form done and a few members (from the command line).
seed_db() {
	rm -f "$DB"
	app_start C.UTF-8
	do_setup "红星小学" "红星工会" >/dev/null || return 1
	keys q
	wait_exit
	gh import members "$DATA/tui-members.csv" >/dev/null
}

# ---- whole screens ----
# expect_whole NAME FILE: the whole 80×24 screen is tests/tui/expected/FILE (the text of
# every row, trailing spaces dropped, as capture-pane gives it), so a change to a screen
# shows as a diff to read. It polls until the screen is that (or $WAIT runs out), then
# shows the diff. With UPDATE_EXPECTED=1 it writes FILE from the screen once it has
# settled instead (look at the file before committing it).
EXPECTED="$TOP/tests/tui/expected"
screen_is() { screen >"$TMP/whole" && cmp -s "$TMP/whole" "$1"; }
screen_settled() {
	screen >"$TMP/settle1"
	sleep 0.2
	screen >"$TMP/settle2"
	cmp -s "$TMP/settle1" "$TMP/settle2"
}
expect_whole() {
	want="$EXPECTED/$2"
	if [ -n "${UPDATE_EXPECTED:-}" ]; then
		poll screen_settled
		mkdir -p "$EXPECTED"
		screen >"$want"
		ok "$1 (wrote $2)"
		return
	fi
	if [ -f "$want" ] && poll screen_is "$want"; then ok "$1"; else
		fail "$1" "the screen is not $2:"
		[ -f "$want" ] || : >"$TMP/empty"
		diff -u "${want}" "$TMP/whole" 2>/dev/null | sed 's/^/    /' | head -60
	fi
}
