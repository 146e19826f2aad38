-- import_floor.sql: the floor of `gonghui import dues` — the same rows written by the
-- sqlite3 shell set-based, with the program's pragmas and the schema's triggers: one
-- ledger entry per month and day paid, a dues row per member pointing at it. Run by
-- bench/run.sh on a copy of the database with the members only, the CSV as dues.csv in
-- the current folder.
PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA journal_mode=DELETE;
CREATE TEMP TABLE csv(month TEXT, member_no TEXT, amount TEXT, paid_on TEXT);
.import --csv --skip 1 dues.csv csv
BEGIN IMMEDIATE;
CREATE TEMP TABLE batch AS
  SELECT month, paid_on, count(*) AS n, sum(CAST(round(amount * 100) AS INTEGER)) AS total
    FROM temp.csv GROUP BY month, paid_on ORDER BY month, paid_on;
INSERT INTO ledger_entry(date, voucher, debit, credit, amount, description, source)
  SELECT paid_on, '', '101', '401', total, 'Dues for ' || month || ' (' || n || ' members)', 'dues'
    FROM temp.batch ORDER BY month, paid_on;
INSERT INTO dues(member_id, month, amount, paid_on, entry_id)
  SELECT m.id, c.month, CAST(round(c.amount * 100) AS INTEGER), c.paid_on,
         (SELECT l.id FROM ledger_entry l WHERE l.date = c.paid_on AND l.source = 'dues'
             AND l.description = 'Dues for ' || c.month || ' (' || b.n || ' members)')
    FROM temp.csv c JOIN member m ON m.no = c.member_no
    JOIN temp.batch b ON b.month = c.month AND b.paid_on = c.paid_on;
COMMIT;
