-- alert_feed: one row per alert with its delivery summary, newest first (what `tariffwatch alerts` shows).
CREATE OR REPLACE VIEW alert_feed AS
SELECT
    a.alert_id, a.kind, a.value, a.unit, a.date, a.status, a.text, a.sentence,
    a.title, a.source, a.url, a.published_on, a.first_seen_at, a.run_id,
    count(d.channel_id) AS channels,
    count(d.channel_id) FILTER (WHERE d.state = 'delivered') AS delivered,
    count(d.channel_id) FILTER (WHERE d.state = 'pending') AS pending,
    count(d.channel_id) FILTER (WHERE d.state = 'failed') AS failed
FROM alerts a
LEFT JOIN deliveries d USING (alert_id)
GROUP BY ALL
ORDER BY a.first_seen_at DESC, a.published_on DESC, a.alert_id;
