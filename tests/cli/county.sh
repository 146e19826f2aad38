#!/bin/sh
# Command-line tests of the county's view: three small schools are made here from the
# CSV files in tests/data (each with settings of its own: school B has fixed dues), then
# `gonghui consolidate` gathers them. The county's totals must equal, line by line, the
# sum of the schools' own reports (CSV, 2024 and 2025); the by-school table is compared
# whole; consolidating a school's newer file replaces its records and never doubles them;
# each refusal names the file and leaves the county database as it was.
. "$(dirname "$0")/lib.sh"

cd "$TMP" || exit 1
school() { # FILE CODE NAME PREFIX KIND… — a school's file from tests/data/PREFIX-KIND.csv
	f=$1 code=$2 name=$3 prefix=$4
	shift 4
	for kind in "$@"; do
		"$BIN" -f "$f" import "$kind" "$DATA/$prefix-$kind.csv" >/dev/null ||
			fail "make $f" "import $kind"
	done
	"$BIN" -f "$f" set school_code="$code" school_name="$name" >/dev/null ||
		fail "make $f" "set"
}
school a.db S001 红星小学 year members dues ledger welfare visits events signups \
	donations proposals
school b.db S002 青山中学 wv members welfare visits
"$BIN" -f b.db set dues_mode=fixed dues_fixed=10 >/dev/null
school c.db s003 绿水乡中心小学 edp members events signups donations proposals
# S002 and s003 record no dues, so their books' first month is set: dues are expected
# from it (without, from this month)
for f in b.db c.db; do "$BIN" -f $f set books_start=2025-01 >/dev/null; done

# The sum of the schools' own CSV reports: counts and amounts added up per section and
# item (the item may be a quoted drive name; count and amount are the last two fields).
# Two lines are not sums: the answer rate (the county's is that of its sums, checked
# apart) and the welfare caps (each school's own: the county has none).
sum_reports() { # YEAR FILE…
	y=$1
	shift
	for f in "$@"; do "$BIN" -f "$f" report --year "$y" --format csv; done | awk '
		$0 != "section,item,count,amount" && $0 !~ /^(proposals,answer_rate|caps),/ {
			n = split($0, p, ","); cnt = p[n - 1]; amt = p[n]
			k = substr($0, 1, length($0) - length(cnt) - length(amt) - 2)
			if (!(k in seen)) { seen[k] = 1; c[k] = "" }
			if (cnt != "") c[k] += cnt
			if (amt != "") { sub(/\./, "", amt); a[k] += amt; has[k] = 1 }
		}
		END { for (k in seen) printf "%s,%s,%s\n", k, c[k],
			(k in has) ? sprintf("%d.%02d", a[k] / 100, a[k] % 100) : "" }' | sort
}
county_csv() { # YEAR
	"$BIN" -f county.db report --year "$1" --format csv |
		grep -v '^section,\|^proposals,answer_rate,\|^caps,' | sort
}

run_bare consolidate -o county.db a.db b.db c.db
expect_rc 0 "consolidate: exit 0"
expect_out "consolidate: a line per school" <<'END'
S001 红星小学: 5 members, from a.db
S002 青山中学: 4 members, from b.db
S003 绿水乡中心小学: 4 members, from c.db
3 schools consolidated into county.db.
END

for y in 2024 2025; do
	sum_reports $y a.db b.db c.db >"sum$y"
	county_csv $y >"county$y"
	if [ -s "sum$y" ] && cmp -s "sum$y" "county$y"; then
		ok "totals $y: the county's report is the sum of the schools' reports"
	else
		fail "totals $y: the county's report is the sum of the schools' reports" \
			"$(diff "sum$y" "county$y" | head -10)"
	fi
done
run_bare -f county.db report --year 2025 --format csv
expect_grep "totals: the answer rate of the sums (6 of 8)" "proposals,answer_rate,75," "$OUT"
# S001 1058.60 at 0.5% of the wage base, S002 480.00 at 10.00 a month for 4 members
expect_grep "totals: dues expected add up across the two rules" "dues,expected,155,1538.60" \
	county2025

run_bare -f county.db report --by-school
expect_rc 0 "by school: exit 0"
expect_out "by school: a row per school in 80 columns, with the total" <<'END'
Schools in 2025
===============

Code School         Members   Dues  Welfare Visits Events Donations Proposals
S001 红星小学             5 524.30 2,400.00      5      7    800.50         4
S002 青山中学             4   0.00 2,018.50      4      0      0.00         0
S003 绿水乡中心小学       4   0.00     0.00      0      4  1,800.50         4
-----------------------------------------------------------------------------
     Total               13 524.30 4,418.50      9     11  2,601.00         8

Members: working members at year end. Dues: collected. Welfare and Donations:
amounts given. Visits and Events: times (人次), events counting their
participants. Proposals: received.
END
run_bare -f county.db report --by-school --year 2025 --format csv
expect_out "by school: the CSV" <<'END'
school_code,school_name,members,dues_expected,dues_collected,welfare,welfare_amount,visits,visit_people,events,participants,donations,donations_amount,proposals,answered
S001,红星小学,5,1058.60,524.30,6,2400.00,5,4,4,7,3,800.50,4,3
S002,青山中学,4,480.00,0.00,5,2018.50,4,4,0,0,0,0.00,0,0
S003,绿水乡中心小学,4,0.00,0.00,0,0.00,0,0,3,4,4,1800.50,4,3
END
run_bare -f a.db report --by-school
expect_rc 1 "by school on a school's file: exit 1"
expect_err "by school on a school's file: says what it needs" <<'END'
gonghui: --by-school needs a county database, made by 'gonghui consolidate'.
END

# ---- a newer file of one school replaces its records ----------------------------------
cat >more.csv <<'CSV'
no,name,gender,status,kind,wage_base
T101,新老师,f,active,teacher,5000
CSV
"$BIN" -f b.db import members more.csv >/dev/null
run_bare consolidate -o county.db b.db
expect_rc 0 "again: exit 0"
expect_out "again: the school's new member count" <<'END'
S002 青山中学: 5 members, from b.db
1 school consolidated into county.db.
END
for y in 2024 2025; do
	sum_reports $y a.db b.db c.db >"sum$y"
	county_csv $y >"county$y"
	if cmp -s "sum$y" "county$y"; then ok "again $y: still exactly the sum, nothing doubled"
	else fail "again $y: still exactly the sum, nothing doubled" \
		"$(diff "sum$y" "county$y" | head -10)"; fi
done
expect_grep "again: dues expected now include the new member (12 months at 10.00)" \
	"dues,expected,167,1658.60" county2025
if [ "$(sqlite3 county.db "SELECT count(*) FROM county_member WHERE school = 'S002'")" = 6 ]
then ok "again: six members of S002 on the roll, not eleven"
else fail "again: six members of S002 on the roll, not eleven" \
	"$(sqlite3 county.db "SELECT count(*) FROM county_member WHERE school = 'S002'")"; fi

# ---- refusals: each names the file; the county database is left as it was ----------
cp county.db before.db
echo "not a database" >notes.db
"$BIN" -f nocode.db import members "$DATA/edp-members.csv" >/dev/null
school other.db S001 别的小学 edp members
cp a.db broken.db
# damage two pages in the middle of the file (bytes 0xFF: no valid page starts so)
head -c 8192 /dev/zero | tr '\0' '\377' >junk
dd if=junk of=broken.db bs=1024 seek=40 count=8 conv=notrunc 2>/dev/null
cp a.db a-copy.db
run_bare consolidate -o county.db c.db notes.db nocode.db other.db broken.db a.db a-copy.db \
	county.db missing.db
expect_rc 1 "refusals: exit 1"
sed 's/is damaged (.*): ask/is damaged (…): ask/' "$ERR" >"$TMP/err2"
expect_text "refusals: one sentence each, naming the file" "$TMP/err2" <<'END'
gonghui: notes.db: This file is not a gonghui database.
gonghui: nocode.db has no school code: set one at the school in Settings (or with gonghui set school_code=…), then bring the file again.
gonghui: other.db: the county already has school code S001 from another school's file (红星小学, a.db); each school needs a code of its own.
gonghui: broken.db is damaged (…): ask the school for a new copy of its file.
gonghui: a.db and a-copy.db both have school code S001; give each school's file once.
gonghui: county.db is the county database itself.
gonghui: missing.db: cannot read the file (No such file or directory).
gonghui: 7 files were refused; the county database was not changed.
END
expect_out "refusals: nothing consolidated" </dev/null
if cmp -s county.db before.db; then ok "refusals: the county database unchanged"
else fail "refusals: the county database unchanged" "it differs"; fi
if [ ! -e county.db.new ]; then ok "refusals: no copy left behind"
else fail "refusals: no copy left behind" "county.db.new is there"; fi

run_bare consolidate -o a.db c.db
expect_rc 1 "a school's file as the county: exit 1"
expect_err "a school's file as the county: refused" <<'END'
gonghui: a.db is a school's database; the county's must be a file of its own.
END
run_bare consolidate a.db
expect_rc 2 "no -o: usage"
run_bare consolidate -o county.db
expect_rc 2 "no school: usage"

# the schools' files were only read
run_bare consolidate -o county2.db a.db
if [ "$(sqlite3 a.db "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'county%'")" = 0 ]
then ok "schools' files: nothing written into them"
else fail "schools' files: nothing written into them" "county tables in a.db"; fi

# a county database is not a school: the import is refused
run_bare -f county.db import members more.csv
expect_rc 1 "import into the county: exit 1"
expect_err "import into the county: refused" <<'END'
gonghui: county.db is a county database: records are entered in each school's own file, then consolidated.
END
