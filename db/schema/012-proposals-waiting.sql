-- 012-proposals-waiting.sql: the proposals still waiting for an answer, by date.
--
-- The first screen says how many proposals (提案) have no answer yet and how long the
-- oldest has waited, of any year. Only those rows are in this index, so the count and
-- the oldest date are read from it without looking at the answered ones. (IF NOT EXISTS:
-- a book whose version is set back runs it again.)
CREATE INDEX IF NOT EXISTS proposal_waiting ON proposal(date) WHERE status = 'received';
