-- 002-ledger-covering-indexes.sql: balances without touching the table.
--
-- Every balance (the report's opening cash and bank, an account's total for a range)
-- sums amount over one account and a date range. With the amount in the index SQLite
-- answers from the index alone: on 2,000 members over 20 years with one ledger entry per
-- dues payment (~460,000 entries) the year-end report went from ~110 ms to ~56 ms.
DROP INDEX ledger_debit;
DROP INDEX ledger_credit;
CREATE INDEX ledger_debit ON ledger_entry(debit, date, amount);
CREATE INDEX ledger_credit ON ledger_entry(credit, date, amount);
