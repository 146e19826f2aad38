#!/bin/sh
# Command-line tests of `gonghui settings` and `gonghui set`: every key with its default,
# the same checks as the Settings screen, all or none, one line per bad pair, exit codes
# (1 bad value or key, 2 usage), and that what `settings` prints `set` takes back.
. "$(dirname "$0")/lib.sh"

new_db
run settings
expect_rc 0 "defaults: exit 0"
grep -v '^school_id=' "$OUT" >"$TMP/shown"
expect_text "defaults: every key, one a line" "$TMP/shown" <<'END'
school_name=
school_code=
union_name=
dues_mode=percent
dues_rate=0.5
dues_fixed=0.00
funds_kept_percent=60
cash_account=101
books_start=2025-06
visit_retired_once_age=70
visit_retired_twice_age=80
visit_new_retiree_days=10
welfare_caps=none
setup_done=0
END
if grep -Eq '^school_id=[0-9a-f]{32}$' "$OUT"; then ok "defaults: the file's identity"; else
	fail "defaults: the file's identity" "$(grep school_id "$OUT")"; fi

run set school_code=ｓ017 school_name=红星乡中心小学 dues_rate=1% cash_account=银行存款
expect_rc 0 "set: exit 0"
expect_out "set: says how many" <<'END'
Saved 4 settings.
END
run settings school_name school_code dues_rate cash_account
expect_out "set: the values as checked (NFKC, upper case, account by name)" <<'END'
school_name=红星乡中心小学
school_code=S017
dues_rate=1.0
cash_account=102
END

# all or none: each bad pair on its own line, nothing written
run set school_name=别的学校 dues_rate=12 dues_fixed=abc funds_kept_percent=160
expect_rc 1 "bad values: exit 1"
expect_err "bad values: one sentence each, naming the key" <<'END'
gonghui: dues_rate: The rate is a percentage from 0.1 to 10, such as 0.5.
gonghui: dues_fixed: "abc" is not an amount of money.
gonghui: funds_kept_percent: "160" is not a whole number from 0 to 100.
gonghui: Nothing was changed.
END
run settings school_name
expect_out "bad values: the school's name unchanged" <<'END'
school_name=红星乡中心小学
END

# the rule between settings: a fixed amount needs the amount
run set dues_mode=fixed
expect_rc 1 "fixed without amount: exit 1"
expect_err "fixed without amount: says what is missing" <<'END'
gonghui: Dues are a fixed amount a month, so the amount a month (dues_fixed) must be more than 0.
gonghui: Nothing was changed.
END
run set dues_mode=fixed dues_fixed=１０元
expect_rc 0 "fixed with amount: exit 0"
run settings dues_mode dues_fixed
expect_out "fixed with amount: saved" <<'END'
dues_mode=fixed
dues_fixed=10.00
END

run set colour=red school_id=abc
expect_rc 1 "unknown and read-only keys: exit 1"
expect_err "unknown and read-only keys: named" <<'END'
gonghui: There is no setting "colour"; the settings are: school_name school_code union_name dues_mode dues_rate dues_fixed funds_kept_percent cash_account books_start visit_retired_once_age visit_retired_twice_age visit_new_retiree_days welfare_caps setup_done school_id.
gonghui: school_id: This is made by the program and cannot be changed.
gonghui: Nothing was changed.
END
run set school_name=甲 school_name=乙
expect_rc 1 "a key twice: exit 1"
expect_err "a key twice: named" <<'END'
gonghui: school_name is given twice.
gonghui: Nothing was changed.
END

run set
expect_rc 2 "no pair: usage"
run set school_name
expect_rc 2 "no '=': usage"
expect_err "no '=': says so" <<'END'
gonghui: set takes KEY=VALUE pairs, not 'school_name'.
Try 'gonghui set --help' for more information.
END
run settings colour
expect_rc 1 "settings of an unknown key: exit 1"

# what settings prints, set takes back unchanged
run settings
grep -v '^school_id=\|^welfare_caps=' "$OUT" >"$TMP/before"
# shellcheck disable=SC2046
run set $(tr '\n' ' ' <"$TMP/before")
expect_rc 0 "round trip: set takes what settings printed"
run settings
grep -v '^school_id=\|^welfare_caps=' "$OUT" >"$TMP/after"
if cmp -s "$TMP/before" "$TMP/after"; then ok "round trip: the same settings"; else
	fail "round trip: the same settings" "$(diff "$TMP/before" "$TMP/after")"; fi

# the Chinese messages
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" set dues_rate=0 >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "zh_CN: exit 1"
expect_grep "zh_CN: the sentence is translated" "dues_rate: 比例是0.1到10之间的百分数" "$ERR"
