-- tariff_timeline: one row per tariff amount mention, with its article, in publication order.
-- Grain: mention (kind = 'tariff_amount'). A value's first appearance has is_first_seen = true.
CREATE OR REPLACE VIEW tariff_timeline AS
SELECT
    m.published_on,
    m.value,
    m.unit,
    m.text,
    m.sentence,
    a.title,
    a.source,
    a.url,
    m.key,
    al.mention_id IS NOT NULL AS is_first_seen,
    m.mention_id,
    m.article_id
FROM mentions m
JOIN articles a USING (article_id)
-- A join, not a correlated IN: the alert raised by a mention is found by hash lookup.
LEFT JOIN alerts al ON al.mention_id = m.mention_id
WHERE m.kind = 'tariff_amount'
ORDER BY m.published_on, a.source, m.start;
