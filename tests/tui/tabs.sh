#!/bin/sh
# The section tabs close up when they and the union's name do not fit the width: first
# two spaces between tabs, then one with the name cut, then digit and name joined, then
# the other sections by digit only (tui/frame.c). Nine sections do not fit 80 columns as
# wide tabs; here a long union name makes the sections of a school's database close up.
. "$(dirname "$0")/lib.sh"

top_line() { screen | sed -n 1p; }

for pair in "红星工会|wide" "红星乡中心小学工会委员会暨女职工委员会|cut"; do
	union=${pair%|*}
	way=${pair#*|}
	rm -f "$DB"
	app_start C.UTF-8
	# (a long name shows cut, so do_setup cannot find it whole: its answer is not used)
	do_setup "红星小学" "$union" >/dev/null
	keys q
	wait_exit
	for lang in C.UTF-8 zh_CN.UTF-8; do
		app_start "$lang"
		# (the tabs: in English eight of them leave the union's name no room)
		wait_for "1" || { fail "$lang $way: started" "no tabs"; show_screen; }
		case "$lang $way" in
		"C.UTF-8 wide")
			want=" 1Members 2Dues 3Settings 4Welfare 5Report 6Events 7Books 8Donations 9Proposals" ;;
		"zh_CN.UTF-8 wide")
			want=" 1 会员 2 会费 3 设置 4 慰问 5 统计报告 6 活动 7 收支账 8 捐款 9 提案  红星工会" ;;
		"C.UTF-8 cut")
			want=" 1Members 2Dues 3Settings 4Welfare 5Report 6Events 7Books 8Donations 9Proposals" ;;
		"zh_CN.UTF-8 cut")
			want=" 1 会员 2 会费 3 设置 4 慰问 5 统计报告 6 活动 7 收支账 8 捐款 9 提案   红星乡…" ;;
		esac
		if poll sh -c "[ \"\$(tmux -L '$SOCK' capture-pane -p | sed -n 1p)\" = '$want' ]"; then
			ok "$lang $way: the tabs and the union's name"
		else
			fail "$lang $way: the tabs and the union's name" "got '$(top_line)', want '$want'"
		fi
		keys q
		wait_exit
	done
done

# GONGHUI_SECTION takes a section's English name (any case) as well as its digit: the
# tests of a section start in it by name, which stays right when sections are added.
for sec in welfare Welfare 4; do
	app_start C.UTF-8 GONGHUI_SECTION=$sec
	expect_screen "GONGHUI_SECTION=$sec opens Welfare" "m Must-visit"
	keys q
	wait_exit
done
app_start C.UTF-8 GONGHUI_SECTION=nosuch
expect_screen "GONGHUI_SECTION=nosuch opens the first screen" "What is waiting"
