-- 012-proposals-waiting.sql: the proposals still waiting for an answer, by date.
--
-- The first screen says how many proposals (提案) have no answer yet and how long the
-- oldest has waited, of any year. Only those rows are in this index, so the count and
-- the oldest date are read from it without looking at the answered ones.
CREATE INDEX proposal_waiting ON proposal(date) WHERE status = 'received';
