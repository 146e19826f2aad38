#!/bin/sh
# gonghui close MONTH on a terminal: the month's summary, then the question; n closes
# nothing, y (是 in Chinese) closes.
. "$(dirname "$0")/lib.sh"

# Run `gonghui close MONTH` in a fresh 80×24 window in language $1.
close_start() {
	tmux -L "$SOCK" kill-server 2>/dev/null
	STARTS=$((STARTS + 1))
	SOCK="gh$$-$STARTS"
	rm -f "$TMP/status"
	cat >"$TMP/close.sh" <<END
cd "$TOP"
env LANG=$1 LC_ALL= LANGUAGE= GONGHUI_TODAY=$GONGHUI_TODAY "$BIN" -f "$DB" close $2
echo \$? >"$TMP/status"
exec sleep 300
END
	tmux -L "$SOCK" -f /dev/null new-session -d -x 80 -y 24 "sh '$TMP/close.sh'"
}

gh import members "$DATA/ld-members.csv" >/dev/null
printf 'date,voucher,debit,credit,amount,description\n2025-03-05,J001,50205,101,200,看望\n' \
	>"$TMP/march.csv"
gh import ledger "$TMP/march.csv" >/dev/null

close_start C.UTF-8 2025-03
expect_screen "C: the summary first" "3 members on the dues list have no dues for 2025-03:"
expect_screen "C: then the question" \
	"Close March 2025 (2025-03)? This cannot be undone: its records of money can no"
keys n Enter
expect_screen "C: n closes nothing" "Nothing was closed."
wait_exit
expect_grep "C: … and exits with 1" "1" "$TMP/status"
gh export ledger >/dev/null
printf 'date,debit,credit,amount\n2025-03-06,50205,101,1\n' >"$TMP/more.csv"
if gh import ledger "$TMP/more.csv" >/dev/null 2>&1; then ok "C: March is still open"
else fail "C: March is still open" "an entry dated in March was refused"; fi

close_start zh_CN.UTF-8 2025-03
expect_screen "zh_CN: the summary in Chinese" "3名应缴会员没有2025-03的会费记录："
expect_screen "zh_CN: the question in Chinese" "要月结2025年3月（2025-03）吗？月结后不能撤销"
type_text "是"
keys Enter
expect_screen "zh_CN: 是 closes" "已关闭2025-03（月结）"
wait_exit
expect_grep "zh_CN: … and exits with 0" "0" "$TMP/status"
printf 'date,debit,credit,amount\n2025-03-07,50205,101,1\n' >"$TMP/more.csv"
if gh import ledger "$TMP/more.csv" >/dev/null 2>&1; then
	fail "zh_CN: March is closed" "an entry dated in March went in"
else ok "zh_CN: March is closed"; fi
