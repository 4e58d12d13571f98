-- audit_alerts: one row per violation of the alert ledger's promises (empty = healthy).
-- Every mention key has exactly one alert; every alert points at the first mention of its key.
CREATE OR REPLACE VIEW audit_alerts AS
SELECT 'mention key without alert' AS problem, m.key AS detail
FROM (SELECT DISTINCT key FROM mentions) m
LEFT JOIN alerts a USING (key)
WHERE a.alert_id IS NULL
UNION ALL
SELECT 'alert without its mention', a.alert_id
FROM alerts a
LEFT JOIN mentions m USING (mention_id)
WHERE m.mention_id IS NULL
UNION ALL
SELECT 'duplicate alert key', key
FROM alerts
GROUP BY key
HAVING count(*) > 1;
