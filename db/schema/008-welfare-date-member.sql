-- 008-welfare-date-member.sql: the year's welfare counted from the index alone.
--
-- The report and the Welfare screen count, per kind, the times and the people
-- (count(DISTINCT member_id)) of the year's rows; the caps count per member. The index
-- by date had every column they read but the member, so each row of the year was also
-- looked up in the table (7-14 ms of a 20 ms report on 2,000 members over 20 years).
DROP INDEX welfare_date;
CREATE INDEX welfare_date ON welfare(date, kind, paid_by, member_id, cash, goods_value, reverses);
