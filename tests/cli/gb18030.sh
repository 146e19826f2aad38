#!/bin/sh
# Under zh_CN.GB18030 (older Chinese installs): what the program prints comes out in
# GB18030, not as UTF-8 mojibake; text given on the command line is read as GB18030; an
# export is written as GB18030 unless another encoding is asked for; a file name is
# used as it was given.
. "$(dirname "$0")/lib.sh"
need_locale zh_CN.GB18030 zh_CN.UTF-8

gb() { LANG=zh_CN.GB18030 "$BIN" -f "$DB" "$@" >"$OUT" 2>"$ERR"; RC=$?; }
u8() { iconv -f GB18030 -t UTF-8 "$1"; }
to_gb() { printf '%s' "$1" | iconv -f UTF-8 -t GB18030; }

fresh
printf 'no,name,phone\n0017,张三,13800000001\nT002,歐陽娜娜,\n' >"$TMP/m.csv"
run import members "$TMP/m.csv"

# messages: a missing file, on stderr, in GB18030
LANG=zh_CN.GB18030 "$BIN" -f "$TMP/none.db" report >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "a missing file: exit 1"
u8 "$ERR" >"$TMP/said"
expect_text "a missing file: the sentence in GB18030" "$TMP/said" <<END
gonghui: $TMP/none.db：没有这个数据库文件。请检查文件名；只有全屏界面或 'gonghui import' 才会新建数据库。
END
if od -An -tx1 "$ERR" | tr -d ' \n' | grep -q "c3bbd3d0"; then ok "a missing file: 没有 as the bytes c3bb d3d0"
else fail "a missing file: 没有 as the bytes c3bb d3d0" "$(od -An -tx1 "$ERR" | head -2)"; fi

# text on the command line: a setting's value typed in GB18030 is stored as UTF-8
gb set "union_name=$(to_gb 红星小学工会)"
expect_rc 0 "set union_name=红星小学工会 in GB18030"
run settings union_name
expect_out "the setting, read under UTF-8, is the same name" <<'END'
union_name=红星小学工会
END
gb settings union_name
u8 "$OUT" >"$TMP/said"
expect_text "settings under GB18030: printed in GB18030" "$TMP/said" <<'END'
union_name=红星小学工会
END

# a sheet: on the terminal and in a file (-o) in GB18030, the same text as under UTF-8
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" print roll >"$TMP/roll.utf8"
gb print roll
u8 "$OUT" >"$TMP/said"
expect_same() { if cmp -s "$2" "$3"; then ok "$1"; else fail "$1" "$(diff "$2" "$3" | head -5)"; fi; }
expect_same "print roll under GB18030: the UTF-8 sheet, in GB18030" "$TMP/roll.utf8" "$TMP/said"
gb print roll -o "$TMP/roll.txt"
u8 "$TMP/roll.txt" >"$TMP/said"
expect_same "print roll -o FILE under GB18030: the file in GB18030 too" "$TMP/roll.utf8" "$TMP/said"

# an export: GB18030 by default, UTF-8 when asked
gb export members
if od -An -tx1 -w1000 "$OUT" | grep -q "2c d5 c5 c8 fd 2c"; then ok "export: 张三 in GB18030 by default"
else fail "export: 张三 in GB18030 by default" "$(od -An -tx1 "$OUT" | head -3)"; fi
gb export members --encoding utf-8
expect_grep "export --encoding utf-8: UTF-8 as asked" "0017,张三,,,,active,teacher" "$OUT"
gb export ledger --format journal
expect_rc 0 "export ledger --format journal: exit 0"

# an import from a file whose name is in GB18030: opened by that name, named back in GB18030
name=$(to_gb 花名册)
printf 'no,name\nT003,%s\n' "$(to_gb 王芳)" >"$TMP/$name.csv"
gb import members "$TMP/$name.csv"
expect_rc 0 "import 花名册.csv (a GB18030 name and content)"
u8 "$OUT" >"$TMP/said"
expect_text "import: the file named as it is called" "$TMP/said" <<END
已从 $TMP/花名册.csv 导入1条记录。
END
run export members
expect_grep "import: 王芳 stored as UTF-8" "T003,王芳," "$OUT"
