-- quarantine_summary: one row per (stage, reason) of the quarantine, most recently refused first.
-- records/sources count what was refused; latest_* show the newest example (`tariffwatch quarantine` lists more).
-- A validation reason names the failed expectations, comma-separated.
CREATE OR REPLACE VIEW quarantine_summary AS
SELECT
    stage,
    reason,
    count(*) AS records,
    count(DISTINCT source) AS sources,
    min(quarantined_at) AS first_quarantined_at,
    max(quarantined_at) AS last_quarantined_at,
    arg_max(source, quarantined_at) AS latest_source,
    arg_max(detail, quarantined_at) AS latest_detail
FROM quarantine
GROUP BY stage, reason
ORDER BY last_quarantined_at DESC, stage, reason;
