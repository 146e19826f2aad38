# year-data.lib.sh — sourced by the tests of the first screen and the report: a book with
# half a year of records (today 2025-06-15), made through the command line (gh).
rm -f "$DB"
gh import members "$DATA/home-members.csv" >/dev/null
gh set school_name=红星乡中心小学 union_name=红星乡中心小学工会 setup_done=1 >/dev/null
gh import ledger "$DATA/home-ledger.csv" >/dev/null
gh import dues "$DATA/home-dues.csv" >/dev/null
gh caps anhui >/dev/null
gh give --to active --kind holiday --goods 米、油 --value 400 --date 2025-01-20 >/dev/null
gh give --to women --kind holiday --goods 毛巾 --value 150 --date 2025-03-08 >/dev/null
gh give --to list=T001 --kind holiday --goods 慰问品 --value 2000 --date 2025-05-01 --yes \
	>/dev/null
gh import welfare "$DATA/home-welfare.csv" >/dev/null
gh import visits "$DATA/home-visits.csv" >/dev/null
gh import donations "$DATA/home-donations.csv" >/dev/null
gh import handovers "$DATA/home-handovers.csv" >/dev/null
gh import proposals "$DATA/home-proposals.csv" >/dev/null
for m in 01 02 03 04 05; do gh close 2025-$m --yes >/dev/null; done

