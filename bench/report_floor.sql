-- report_floor.sql: the floor of the year-end report — the same figures for 2025 computed
-- by the sqlite3 command-line shell with the report's own queries (core/report.c) and
-- literal dates, in one process. bench/run.sh times it against `gonghui report` and
-- compares its closing cash (the last line) with the report's.
.output /dev/null
SELECT coalesce(sum(act), 0), coalesce(sum(act AND gender = 'f'), 0),
       coalesce(sum(joined AND status = 'retired' AND (status_date IS NULL OR status_date <= '2025-12-31')), 0),
       coalesce(sum(join_date BETWEEN '2025-01-01' AND '2025-12-31'), 0),
       coalesce(sum(status IN ('left', 'deceased') AND status_date BETWEEN '2025-01-01' AND '2025-12-31'), 0)
  FROM (SELECT gender, join_date, status, status_date,
               (join_date IS NULL OR join_date <= '2025-12-31') AS joined,
               (join_date IS NULL OR join_date <= '2025-12-31') AND
               (status = 'active' OR coalesce(status_date > '2025-12-31', 0)) AS act
          FROM member);
SELECT coalesce(sum(n), 0), coalesce(sum(n * due), 0) FROM (
 SELECT max(0, min(24311, CASE WHEN status = 'active' THEN 24311 WHEN status_date IS NULL THEN -1
        ELSE CAST(substr(status_date, 1, 4) AS INTEGER) * 12 + CAST(substr(status_date, 6, 2) AS INTEGER) - 2 END)
        - max(24300, CASE WHEN join_date IS NULL THEN 24300
        ELSE CAST(substr(join_date, 1, 4) AS INTEGER) * 12 + CAST(substr(join_date, 6, 2) AS INTEGER) - 1 END) + 1) AS n,
        (wage_base / 1000) * 5 AS due FROM member);
SELECT count(*), coalesce(sum(amount), 0) FROM dues WHERE month BETWEEN '2025-01' AND '2025-12';
SELECT code, name, net FROM (SELECT a.code, a.name,
       (SELECT coalesce(sum(credit - debit), 0) FROM ledger_month WHERE account = a.code
           AND month BETWEEN '2025-01' AND '2025-12') AS net
  FROM account a WHERE a.type IN ('income', 'expense')) WHERE net <> 0 ORDER BY code;
SELECT kind, count(*), coalesce(sum(cash + goods_value), 0) FROM welfare w
 WHERE date BETWEEN '2025-01-01' AND '2025-12-31' AND +reverses IS NULL
   AND NOT EXISTS (SELECT 1 FROM welfare r WHERE r.reverses = w.id) GROUP BY kind;
SELECT reason, count(*), count(DISTINCT member_id) FROM visit
 WHERE date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY reason;
SELECT count(DISTINCT member_id), (SELECT count(*) FROM must_visit
         WHERE opened_on <= '2025-12-31' AND (closed_on IS NULL OR closed_on > '2025-12-31'))
  FROM visit WHERE date BETWEEN '2025-01-01' AND '2025-12-31';
SELECT e.kind, count(*), coalesce(sum((SELECT count(*) FROM signup s
        WHERE s.event_id = e.id AND s.status IN ('signed', 'attended'))), 0)
  FROM event e WHERE e.start_date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY e.kind;
SELECT coalesce(sum(s.family), 0) FROM event e JOIN signup s ON s.event_id = e.id
 WHERE e.start_date BETWEEN '2025-01-01' AND '2025-12-31' AND s.status IN ('signed', 'attended');
SELECT d.name, count(*), sum(x.amount) FROM donation x JOIN drive d ON d.id = x.drive_id
 WHERE x.date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY d.id ORDER BY d.date, d.name;
SELECT count(*), coalesce(sum(answer <> '' OR status <> 'received'), 0),
       coalesce(sum(status = 'adopted'), 0) FROM proposal WHERE date BETWEEN '2025-01-01' AND '2025-12-31';
.output stdout
-- the closing balance of cash and bank (101, 102 and their sub-accounts), in yuan
SELECT printf('%.2f', (SELECT coalesce(sum(debit - credit), 0) FROM ledger_month
        WHERE month <= '2025-12' AND account IN (SELECT code FROM account
        WHERE code IN ('101', '102') OR parent IN ('101', '102'))) / 100.0);
