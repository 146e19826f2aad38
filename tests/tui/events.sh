#!/bin/sh
# The Events section's rules on screen (English, today 2025-06-15): < and > change the
# year; a sign-up after the deadline asks first (n keeps the form, y signs up); a family
# count over 99 is refused beside its field; attendance before the event is refused with
# a sentence; x on a cancelled sign-up says so without asking; raising the places in the
# event form moves the waiting up; the checklist's filters (f status, g group) and * on
# what they show. Checked through `gonghui export signups`.
. "$(dirname "$0")/lib.sh"

SUKEYS="a Sign up  A Many  x Cancel"
LISTKEYS="a Add  e Edit"

step() { # NAME TEXT
	if wait_for "$2"; then ok "$1"; else
		fail "$1" "'$2' did not show up; the screen:"; show_screen; fi
}

seed_db
cat >"$TMP/events.csv" <<'EOF'
code,name,kind,start_date,capacity,deadline
E2024-01,Old match,sports,2024-10-01,0,
E2025-01,Chess,sports,2025-07-01,1,2025-06-10
EOF
gh import events "$TMP/events.csv" >/dev/null

app_start C.UTF-8 GONGHUI_SECTION=events
step "the events of this year" "Events in 2025: 1 event"
expect_not "last year's event is not shown" "Old match"
keys '<'
step "< shows last year" "Events in 2024: 1 event"
step "last year's event" "Old match"
keys '>'
step "> comes back" "Events in 2025: 1 event"
step "this year's event" "Chess"

keys Enter
step "the sign-ups" "$SUKEYS"
step "the deadline under the title" "Deadline: 2025-06-10"

# After the deadline: asked first; n keeps the form open, y signs up.
keys a
poll form_open
type_text "T1"
keys F2
step "a sign-up after the deadline asks" "Sign-ups for Chess closed on 2025-06-10. Sign 张三 (T1) up"
keys n
poll form_open && ok "n keeps the form open" || fail "n keeps the form open" "the form closed"
gh export signups >"$TMP/out"
expect_no_grep "n signs nobody up" "E2025-01,T1" "$TMP/out"

# A family count over 99 is refused beside its field (the question comes after the
# checks: here the refusal is core's, after y).
keys Tab
type_text "100"
keys F2
step "asked again" "(y/n)"
keys y
step "family over 99 refused" "The number of family members must be between 0 and 99."
keys C-u
type_text "2"
keys F2
step "asked once more" "(y/n)"
keys y
step "signed up after the deadline" "Signed 张三 (T1) up for Chess."
poll form_closed
step "the sign-ups after a" "$SUKEYS"

# Before the event, Space is refused with a sentence.
keys Space
step "attendance before the event is refused" "Chess has not taken place yet (it starts on 2025-07-01)"

# The second waits; x on the first moves them up; x again on the cancelled one says so.
keys a
poll form_open
type_text "T2"
keys F2
step "the deadline question for T2" "(y/n)"
keys y
step "T2 waits" "The 1 place is taken: 欧阳娜娜 (T2) is on the waiting list, no. 1."
poll form_closed
step "the sign-ups after T2" "$SUKEYS"
gh export signups >"$TMP/out"
expect_grep "T1 with 2 family members" "E2025-01,T1,2,signed," "$TMP/out"
expect_grep "T2 waits" "E2025-01,T2,0,waitlist," "$TMP/out"
keys Home
keys x
step "x asks" "Cancel the sign-up of 张三 (T1) for Chess? (y/n)"
keys y
step "T2 moves up" "Cancelled the sign-up of 张三 (T1); 欧阳娜娜 (T2) moves up"
step "the sign-ups after x" "$SUKEYS"
keys End
keys x
step "x on a cancelled sign-up says so" "The sign-up of 张三 (T1) for Chess is already cancelled."
expect_not "and asks nothing" "(y/n)"

# T1 signs up again: at the end of the queue, waiting.
keys a
poll form_open
type_text "zs"
keys F2
step "the question for zs" "(y/n)"
keys y
step "T1 again waits" "张三 (T1) is on the waiting list, no. 1."
poll form_closed
step "the sign-ups after T1 again" "$SUKEYS"

# Back on the list: e, places 2: the waiting one moves up.
keys Escape
step "the events list" "$LISTKEYS"
keys e
poll form_open
step "the form of the event" "Event Chess (E2025-01)"
keys Tab Tab Tab Tab Tab Tab
keys C-u
type_text "2"
keys F2
step "saved" "Saved the event Chess (E2025-01)."
poll form_closed
gh export signups >"$TMP/out"
expect_grep "raising the places moves T1 up" "E2025-01,T1,0,signed," "$TMP/out"
expect_grep "T2 keeps the place" "E2025-01,T2,0,signed," "$TMP/out"

# The checklist: f shows the retirees (none), then everyone (the one who left, too);
# g a group; * ticks only those shown who can sign up.
keys Enter
step "the sign-ups again" "$SUKEYS"
keys A
step "the checklist" "0 ticked  status: active"
step "T3 on it" "Smith"
keys f
step "f: the retirees" "status: retired"
step "none" "No member is shown"
keys f
wait_gone "status: retired"
step "f: everyone" "0 ticked"
step "the one who left shown" "王芳"
keys g
step "g: the first group" "group: 一组"
expect_not "group 一组 hides Smith" "Smith"
keys '*'
step "* on group 一组: nobody who can sign up is left (T1, T2 are on the list)" "0 ticked"
keys g
step "g: the second group" "group: 二组"
keys '*'
step "* ticks Smith, not 王芳 who left" "1 ticked"
keys '*'
step "* again unticks" "0 ticked"
keys '*'
step "* once more" "1 ticked"
keys Escape
step "Esc with a tick asks" "Go back without signing up the members ticked? (y/n)"
keys n
keys F2
step "F2 asks" "(y/n)"
keys y
step "Smith waits" "Signed 1 member up for Chess; on the waiting list: 1 (2 places)."
step "back on the sign-ups" "$SUKEYS"
gh export signups >"$TMP/out"
expect_grep "Smith waits in the export" "E2025-01,T3,0,waitlist," "$TMP/out"
expect_no_grep "王芳 who left is not signed up" "E2025-01,T4" "$TMP/out"
keys Escape
step "back" "$LISTKEYS"
keys q
expect_status "q quits" 0
