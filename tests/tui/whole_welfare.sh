#!/bin/sh
# The Welfare section as whole screens (80×24, zh_CN.UTF-8, today 2025-06-15, the
# members of tests/data/wf-members.csv, the welfare of tests/data/whole-welfare.csv and
# the visit of tests/data/whole-visits.csv): the welfare list with its totals, the
# welfare form, the visits list, the visit form, the must-visit list, and the section
# opening on its welfare list again after V. Compared with tests/tui/expected/.
. "$(dirname "$0")/lib.sh"

rm -f "$DB"
app_start zh_CN.UTF-8
do_setup "红星小学" "红星工会" >/dev/null || fail setup "the first-run form"
keys q
wait_exit
gh import members "$DATA/wf-members.csv" >/dev/null
gh import welfare "$DATA/whole-welfare.csv" >/dev/null
gh import visits "$DATA/whole-visits.csv" >/dev/null

app_start zh_CN.UTF-8
wait_for "张三"
keys 4
wait_for "2025年慰问"
expect_whole "the welfare list" welfare-list.expected
keys a
poll form_open
expect_whole "the welfare form" welfare-form.expected
keys Escape
poll form_closed
keys V
wait_for "2025年走访记录"
expect_whole "the visits list" visits-list.expected
keys v
poll form_open
expect_whole "the visit form" visits-form.expected
keys Escape
poll form_closed
keys m
wait_for "五必访"
expect_whole "the must-visit list" mustvisit-list.expected
keys Enter
poll form_open
expect_whole "the visit form filled in from a case" mustvisit-visit-form.expected
keys Escape
poll form_closed
expect_not "Esc on a form filled in but not changed does not ask" "(y/n)"
keys Escape
wait_for "2025年走访记录"
# Leaving and coming back: the section opens on the welfare list, and a adds welfare.
keys 1
wait_for "欧阳娜娜"
keys 4
wait_for "2025年慰问"
expect_whole "back in the section: the welfare list again" welfare-list.expected
keys q
expect_status "q quits" 0
