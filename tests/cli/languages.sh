#!/bin/sh
# The command line speaks the reader's language: English, simplified Chinese (zh_CN)
# and traditional Chinese (zh_TW), chosen by LANGUAGE, LC_ALL and LANG as gettext does.
. "$(dirname "$0")/lib.sh"
need_locale zh_CN.UTF-8 zh_TW.UTF-8

help_head() { # ENV… : the first two lines of --help under that environment
	env "$@" "$BIN" --help | head -2 >"$OUT"
}
help_head LANG=C.UTF-8
expect_out "--help in English" <<'END'
Usage: gonghui [-f FILE] [COMMAND [OPTION...] [ARGUMENT...]]
Keep the books of a school trade union: members, dues, welfare and visits,
END
help_head LANG=zh_CN.UTF-8
expect_out "--help in simplified Chinese" <<'END'
用法：gonghui [-f FILE] [COMMAND [OPTION...] [ARGUMENT...]]
学校工会记账管理：会员、会费、慰问与走访、活动与报名、爱心捐款、
END
help_head LANG=zh_TW.UTF-8
expect_out "--help in traditional Chinese" <<'END'
用法：gonghui [-f FILE] [COMMAND [OPTION...] [ARGUMENT...]]
學校工會帳務管理：會員、會費、慰問與訪視、活動與報名、愛心捐款、
END
help_head LANG=zh_CN.UTF-8 LANGUAGE=zh_TW
expect_grep "LANGUAGE wins over LANG" "學校工會帳務管理" "$OUT"
help_head LANG=C.UTF-8 LC_ALL=zh_TW.UTF-8
expect_grep "LC_ALL wins over LANG" "學校工會帳務管理" "$OUT"
help_head LANG=fr_FR.UTF-8
expect_grep "a language without a translation falls back to English" "Usage: gonghui" "$OUT"

# every --help line fits in 80 columns in every language (display width, not bytes)
for l in C zh_CN zh_TW; do
	LANG=$l.UTF-8 "$BIN" --help >"$OUT"
	wide=$(LANG=C.UTF-8 awk '{ if (length($0) > 0) print }' "$OUT" | while IFS= read -r line; do
		w=$(printf '%s' "$line" | LANG=C.UTF-8 wc -L); [ "$w" -gt 79 ] && echo "$w: $line"; done)
	if [ -z "$wide" ]; then ok "--help in $l fits in 80 columns"
	else fail "--help in $l fits in 80 columns" "$wide"; fi
done

# errors in the reader's language, with the file and line
fresh
printf 'no,name,wage_base\nN001,赵六,12.3.4\n' >"$TMP/bad.csv"
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" import members "$TMP/bad.csv" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "zh_CN bad import: exit 1"
expect_err "zh_CN bad import: FILE:LINE: and a Chinese sentence" <<END
$TMP/bad.csv:2: wage_base: “12.3.4”不是有效的金额。
END
LANG=zh_TW.UTF-8 "$BIN" -f "$DB" import members "$TMP/bad.csv" >"$OUT" 2>"$ERR"; RC=$?
expect_err "zh_TW bad import: FILE:LINE: and a traditional Chinese sentence" <<END
$TMP/bad.csv:2: wage_base: 「12.3.4」不是有效的金額。
END
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" frobnicate >"$OUT" 2>"$ERR"; RC=$?
expect_rc 2 "zh_CN usage error: exit 2"
expect_grep "zh_CN usage error: points to --help in Chinese" "gonghui --help" "$ERR"
