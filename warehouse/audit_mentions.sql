-- audit_mentions: one row per mention whose span does not match its article body (empty = healthy).
CREATE OR REPLACE VIEW audit_mentions AS
SELECT m.mention_id, m.article_id, m.text, 'span does not match body' AS problem
FROM mentions m
JOIN articles a USING (article_id)
WHERE substr(a.body, m.start + 1, m."end" - m.start) <> m.text
UNION ALL
SELECT m.mention_id, m.article_id, m.text, 'sentence does not contain span'
FROM mentions m
WHERE strpos(m.sentence, m.text) = 0;
