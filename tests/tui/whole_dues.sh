#!/bin/sh
# The Dues section as whole screens (80×24, zh_CN.UTF-8, today 2025-06-15, the members
# of tests/data/tui-members.csv and the dues of tests/data/tui-dues.csv): this month
# with nobody paid, everyone marked, the amount form, and May with a saved payment.
# Compared with tests/tui/expected/.
. "$(dirname "$0")/lib.sh"

seed_db
gh import dues "$DATA/tui-dues.csv" >/dev/null

app_start zh_CN.UTF-8
wait_for "张三"
keys 2
wait_for "[ ] T1"
expect_whole "this month's dues" dues-month.expected
keys A
wait_for "[x] T3"
expect_whole "everyone marked, the total under the list" dues-marked.expected
keys e
poll form_open
expect_whole "the amount form" dues-amount.expected
keys Escape
poll form_closed
keys N '<'
wait_for "2025-05"
expect_whole "May, with a payment saved" dues-may.expected
keys q
expect_status "q quits" 0
