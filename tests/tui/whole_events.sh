#!/bin/sh
# The Events section as whole screens (80×24, today 2025-06-15, the members of
# tests/data/tui-members.csv), in zh_CN.UTF-8 and in English: an event added through its
# form (the code suggested), with 2 places; three sign-ups, the third waiting; a
# cancellation that moves the third up; attendance and a result marked after the event;
# a second event signed up from the checklist of the roll after its deadline (asked
# first). Each step is also checked through `gonghui export events` / `export signups`,
# line by line. Every key waits for the screen to show the state it expects first (a
# form closed, the sign-ups' key line, the message), so a loaded machine cannot make a
# key land in the wrong place.
. "$(dirname "$0")/lib.sh"

# The words each language shows at the steps the test waits for.
words() {
	case $1 in
	zh_CN.UTF-8)
		X=zh
		W_LIST="2025年活动"
		W_ADDED="已添加活动"
		W_SUKEYS="a 报名  A 批量  x 取消"
		W_CHECK="已勾选"
		W_LISTKEYS="a 添加  e 修改"
		W_SIGNED1="已为张三（T1）报名乒乓球赛。"
		W_SIGNED2="已为欧阳娜娜（T2）报名乒乓球赛。"
		W_WAITS="名额已满（2人）：Smith（T3）列入候补，第1位。"
		W_MOVED="Smith（T3）由候补递补"
		W_ATTENDED="欧阳娜娜（T2）：已参加。"
		W_RESULT="欧阳娜娜（T2）的成绩：一等奖。"
		W_ABSENT="Smith（T3）：缺席。"
		W_MANY="已为3人报名春游。"
		NAME1="乒乓球赛" PLACE1="体育馆" NAME2="春游" PLACE2="城郊公园" RESULT="一等奖"
		;;
	*)
		X=en
		W_LIST="Events in 2025"
		W_ADDED="Added the event"
		W_SUKEYS="a Sign up  A Many  x Cancel"
		W_CHECK="ticked"
		W_LISTKEYS="a Add  e Edit"
		W_SIGNED1="Signed 张三 (T1) up for Table tennis."
		W_SIGNED2="Signed 欧阳娜娜 (T2) up for Table tennis."
		W_WAITS="All 2 places are taken: Smith (T3) is on the waiting list, no. 1."
		W_MOVED="Smith (T3) moves up from the waiting list."
		W_ATTENDED="欧阳娜娜 (T2): attended."
		W_RESULT="Result of 欧阳娜娜 (T2): first prize."
		W_ABSENT="Smith (T3): absent."
		W_MANY="Signed 3 members up for Spring outing."
		NAME1="Table tennis" PLACE1="Gym" NAME2="Spring outing" PLACE2="Park"
		RESULT="first prize"
		;;
	esac
}

# The export of KIND is exactly the lines of FILE.
expect_export() { # NAME KIND FILE
	gh export "$2" >"$TMP/export.csv" 2>&1
	expect_same "$1" "$3" "$TMP/export.csv"
}

# Wait for TEXT; say so (with the screen) when it does not show up.
step() { # NAME TEXT
	wait_for "$2" || { fail "$1" "'$2' did not show up; the screen:"; show_screen; }
}

# a on the sign-ups: sign member NO up and wait for the message MSG, then for the
# sign-ups' key line (the form closed).
sign_up() { # NO MSG
	step "sign-ups before a" "$W_SUKEYS"
	keys a
	poll form_open || { fail "sign up $1" "the form did not open"; show_screen; return; }
	type_text "$1"
	keys F2
	step "sign up $1" "$2"
	poll form_closed
	step "sign-ups after $1" "$W_SUKEYS"
}

run_events() { # LANG
	words "$1"
	seed_db

	app_start "$1" GONGHUI_SECTION=events
	step "the events list" "$W_LIST"
	expect_whole "$X: no events yet" "events-empty-$X.expected"

	# a: the form, the next code suggested; name, type (Space: sports), start, place, 2.
	keys a
	poll form_open
	step "the code suggested" "E2025-01"
	keys Tab
	type_text "$NAME1"
	keys Tab Space Tab
	type_text "2025-06-14"
	keys Tab Tab
	type_text "$PLACE1"
	keys Tab
	type_text "2"
	step "the places typed" "2 "
	expect_whole "$X: the event form filled in" "events-form-$X.expected"
	keys F2
	step "the event saved" "$W_ADDED"
	poll form_closed
	expect_whole "$X: the events list with the new event" "events-list-$X.expected"
	cat >"$TMP/want" <<EOF
code,name,kind,start_date,end_date,place,capacity,deadline,fee,budget,note
E2025-01,$NAME1,sports,2025-06-14,,$PLACE1,2,,0.00,0.00,
EOF
	expect_export "$X: export events after the form" events "$TMP/want"

	# Enter: its sign-ups; three members, the third past the places waits.
	keys Enter
	step "the sign-ups open" "$W_SUKEYS"
	sign_up T1 "$W_SIGNED1"
	sign_up T2 "$W_SIGNED2"
	sign_up T3 "$W_WAITS"
	expect_whole "$X: three signed up, the third waiting" "events-waiting-$X.expected"
	cat >"$TMP/want" <<EOF
event_code,member_no,family,status,result
E2025-01,T1,0,signed,
E2025-01,T2,0,signed,
E2025-01,T3,0,waitlist,
EOF
	expect_export "$X: export signups, the third waiting" signups "$TMP/want"

	# x on the first (asks first): the third moves up, and the message says who.
	keys Home
	keys x
	step "x asks first" "(y/n)"
	expect_whole "$X: x asks before cancelling" "events-cancel-ask-$X.expected"
	keys y
	step "the cancellation names who moved up" "$W_MOVED"
	step "the sign-ups after x" "$W_SUKEYS"
	expect_whole "$X: cancelled, the third moved up" "events-moved-up-$X.expected"
	cat >"$TMP/want" <<EOF
event_code,member_no,family,status,result
E2025-01,T1,0,cancelled,
E2025-01,T2,0,signed,
E2025-01,T3,0,signed,
EOF
	expect_export "$X: export signups after the cancellation" signups "$TMP/want"

	# After the event (2025-06-14, today 06-15): Space marks attended, r a result;
	# Space twice on the third: attended, then absent.
	keys Home
	keys Space
	step "Space marks attended" "$W_ATTENDED"
	keys r
	poll form_open
	type_text "$RESULT"
	keys Enter
	step "r records the result" "$W_RESULT"
	poll form_closed
	keys Down
	keys Space
	step "Space on the third" "$W_SUKEYS"
	wait_gone "$W_RESULT"
	keys Space
	step "Space again: absent" "$W_ABSENT"
	expect_whole "$X: attended with a result, one absent" "events-attended-$X.expected"
	cat >"$TMP/want" <<EOF
event_code,member_no,family,status,result
E2025-01,T1,0,cancelled,
E2025-01,T2,0,attended,$RESULT
E2025-01,T3,0,absent,
EOF
	expect_export "$X: export signups after attendance" signups "$TMP/want"

	# Esc: the list counts them.
	keys Escape
	step "back on the events" "$W_LISTKEYS"
	expect_whole "$X: the events list counts them" "events-counted-$X.expected"

	# A second event, no limit, its deadline past; A: the checklist of the roll.
	keys a
	poll form_open
	step "the next code suggested" "E2025-02"
	keys Tab
	type_text "$NAME2"
	keys Tab Space Space Space Tab
	type_text "2025-06-20"
	keys Tab Tab
	type_text "$PLACE2"
	keys Tab Tab
	type_text "2025-06-10"
	keys F2
	step "the second event saved" "$W_ADDED"
	poll form_closed
	keys Enter
	step "its sign-ups open" "$W_SUKEYS"
	keys A
	step "the checklist" "$W_CHECK"
	keys Space
	step "Space ticks" "[x]"
	keys '*'
	wait_gone "[ ]"
	expect_whole "$X: the checklist, everyone active ticked" "events-checklist-$X.expected"
	keys F2
	step "F2 asks first (the deadline is past)" "(y/n)"
	expect_whole "$X: signing up after the deadline asks" "events-many-ask-$X.expected"
	keys y
	step "signed up from the checklist" "$W_MANY"
	step "back on the sign-ups" "$W_SUKEYS"
	expect_whole "$X: the second event signed up from the checklist" \
		"events-many-$X.expected"
	cat >"$TMP/want" <<EOF
event_code,member_no,family,status,result
E2025-01,T1,0,cancelled,
E2025-01,T2,0,attended,$RESULT
E2025-01,T3,0,absent,
E2025-02,T1,0,signed,
E2025-02,T2,0,signed,
E2025-02,T3,0,signed,
EOF
	expect_export "$X: export signups after the checklist" signups "$TMP/want"
	cat >"$TMP/want" <<EOF
code,name,kind,start_date,end_date,place,capacity,deadline,fee,budget,note
E2025-01,$NAME1,sports,2025-06-14,,$PLACE1,2,,0.00,0.00,
E2025-02,$NAME2,outing,2025-06-20,,$PLACE2,0,2025-06-10,0.00,0.00,
EOF
	expect_export "$X: export events at the end" events "$TMP/want"

	# The help lists the sign-ups' keys.
	keys '?'
	step "the help" "Esc"
	expect_whole "$X: the sign-ups' help" "events-help-$X.expected"
	keys Escape
	step "back from the help" "$W_SUKEYS"
	keys Escape
	step "back on the events" "$W_LISTKEYS"
	keys q
	expect_status "$X: q quits" 0
}

run_events zh_CN.UTF-8
run_events C.UTF-8
