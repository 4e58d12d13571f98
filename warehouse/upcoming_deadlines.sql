-- upcoming_deadlines: one row per deadline (distinct resolved date) on or after a given day, soonest first.
-- The day is `SET VARIABLE as_of = DATE 'YYYY-MM-DD'` when set, else today; for a day given inline use
-- the table macro: SELECT * FROM deadlines_on_or_after(DATE '2019-02-01').
-- A month-precision deadline ('2019-09') counts as upcoming until the end of that month.
CREATE OR REPLACE MACRO deadlines_on_or_after(day) AS TABLE
SELECT
    m.date,
    min(m.period_start_on) AS period_start_on,
    max(m.period_end_on) AS period_end_on,
    arg_max(m.status, m.published_on) AS latest_status,
    count(*) AS mentions,
    count(DISTINCT m.article_id) AS articles,
    min(m.published_on) AS first_published_on,
    max(m.published_on) AS last_published_on,
    arg_max(m.sentence, m.published_on) AS latest_sentence,
    arg_max(a.title, m.published_on) AS latest_title
FROM mentions m
JOIN articles a USING (article_id)
WHERE m.kind = 'deadline' AND m.period_end_on >= day
GROUP BY m.date
ORDER BY min(m.period_start_on), m.date;

CREATE OR REPLACE VIEW upcoming_deadlines AS
SELECT * FROM deadlines_on_or_after(coalesce(getvariable('as_of')::DATE, current_date));
