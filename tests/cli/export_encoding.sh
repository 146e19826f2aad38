#!/bin/sh
# export KIND --excel / --encoding: the bytes a spreadsheet on Chinese Windows reads
# (GB18030 and CRLF), UTF-8 with a BOM, and the way back in through import.
. "$(dirname "$0")/lib.sh"

fresh
printf 'no,name,phone\n0017,张三,13800000001\nT002,歐陽娜娜,\n' >"$TMP/m.csv"
run import members "$TMP/m.csv"
expect_rc 0 "import members"

run export members --excel
expect_rc 0 "--excel: exit 0"
od -An -tx1 -w1000 "$OUT" >"$TMP/hex1"
expect_grep "--excel: 张三 in GB18030 (d5c5 c8fd)" "2c d5 c5 c8 fd 2c" "$TMP/hex1"
expect_grep "--excel: 歐陽 in GB18030 (9a57 ea96)" "9a 57 ea 96" "$TMP/hex1"
if [ "$(head -c 3 "$OUT" | od -An -tx1 | tr -d ' ')" = 6e6f2c ]; then ok "--excel: no BOM"
else fail "--excel: no BOM" "$(head -c 3 "$OUT" | od -An -tx1)"; fi
lines=$(grep -c '' "$OUT"); crlf=$(grep -c "$(printf '\r')\$" "$OUT")
if [ "$lines" = 3 ] && [ "$crlf" = 3 ]; then ok "--excel: every line ends in CRLF"
else fail "--excel: every line ends in CRLF" "$crlf of $lines"; fi
cp "$OUT" "$TMP/excel.csv"

run export members --encoding utf-8-bom
if [ "$(head -c 5 "$OUT" | od -An -tx1 | tr -d ' ')" = efbbbf6e6f ]; then ok "utf-8-bom: EF BB BF, then the header"
else fail "utf-8-bom: EF BB BF, then the header" "$(head -c 5 "$OUT" | od -An -tx1)"; fi
if grep -q "$(printf '\r')" "$OUT"; then fail "utf-8-bom: LF line ends" "CR found"; else ok "utf-8-bom: LF line ends"; fi
run export members --encoding gb18030
if grep -q "$(printf '\r')" "$OUT"; then fail "gb18030: LF line ends" "CR found"; else ok "gb18030: LF line ends"; fi
run export members --encoding UTF-8
expect_grep "UTF-8: as stored" "0017,张三," "$OUT"
run export members --encoding latin1
expect_rc 2 "--encoding latin1: usage error"
expect_err "--encoding latin1: names what it knows" <<'END'
gonghui: --encoding knows utf-8, utf-8-bom or gb18030, not 'latin1'.
Try 'gonghui export --help' for more information.
END

# the way back: what --excel wrote imports into an empty book as the same records,
# the number with its leading zeros and the 11-digit phone intact
run export members
cp "$OUT" "$TMP/before.csv"
DB="$TMP/back.db"
run import members "$TMP/excel.csv"
expect_rc 0 "the --excel file imports"
run export members
if cmp -s "$TMP/before.csv" "$OUT"; then ok "--excel round trip: the same members"
else fail "--excel round trip: the same members" "$(diff "$TMP/before.csv" "$OUT" | head -5)"; fi
expect_grep "--excel round trip: 0017 and 13800000001 intact" "0017,张三,,,,active,teacher,,13800000001" "$OUT"
