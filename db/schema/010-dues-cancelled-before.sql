-- 010-dues-cancelled-before.sql: payments cancelled before 009 are remembered too.
--
-- Before 009 a payment cancelled on the Dues screen left only the audit: the deletion of
-- its dues row (dues_cancel is the one thing that deletes one) and, in the same
-- transaction, right after it, the insertion of the correcting entry (debit 401,
-- source dues, the same amount; none for 0.00). Each such pair becomes the row 009 would
-- have written, so a book cancelled in before keeps its payments in a round trip too.
-- The day cancelled is the correction's date (else the day of the deletion, never before
-- the payment); an entry no longer there is left out; a row already there is not made
-- twice.
INSERT INTO dues_cancelled(member_id, month, amount, paid_on, entry_id, cancelled_on,
                           cancel_entry_id)
SELECT json_extract(d.old, '$[0]'), json_extract(d.old, '$[1]'), json_extract(d.old, '$[2]'),
       json_extract(d.old, '$[3]'),
       (SELECT id FROM ledger_entry WHERE id = json_extract(d.old, '$[4]')),
       max(json_extract(d.old, '$[3]'),
           coalesce(json_extract(c.new, '$[0]'), date(d.at, 'unixepoch'))),
       (SELECT id FROM ledger_entry WHERE id = c.row_id)
  FROM audit d
  JOIN audit_layout dl ON dl.id = d.layout AND dl.tbl = 'dues'
       AND dl.columns = '["member_id","month","amount","paid_on","entry_id"]'
  LEFT JOIN audit c ON c.id = d.id + 1 AND c.action = 1
       AND c.layout IN (SELECT id FROM audit_layout WHERE tbl = 'ledger_entry')
       AND json_extract(c.new, '$[2]') = '401' AND json_extract(c.new, '$[6]') = 'dues'
       AND json_extract(c.new, '$[4]') = json_extract(d.old, '$[2]')
 WHERE d.action = 3
   AND EXISTS (SELECT 1 FROM member m WHERE m.id = json_extract(d.old, '$[0]'))
   AND NOT EXISTS (SELECT 1 FROM dues_cancelled x
                    WHERE x.member_id = json_extract(d.old, '$[0]')
                      AND x.month = json_extract(d.old, '$[1]')
                      AND x.paid_on = json_extract(d.old, '$[3]'));
