#!/bin/sh
# The Settings section as whole screens (80×24, zh_CN.UTF-8, today 2025-06-15): what is
# set, as the section opens (never the form), and the form after e. Compared with
# tests/tui/expected/.
. "$(dirname "$0")/lib.sh"

seed_db

app_start zh_CN.UTF-8
wait_for "张三"
keys 3
wait_for "红星小学"
expect_whole "the settings as the section opens" settings-view.expected
keys e
poll form_open
expect_whole "the settings form" settings-form.expected
keys Escape
poll form_closed
keys q
expect_status "q quits" 0
