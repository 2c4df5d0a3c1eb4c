-- Every certification ever issued, as other features may read it (issue 17, ADR 0053): renewal = 1 for one that
-- renewed an earlier certification on the same path (a renewal is not a first certification), lapsed_at = when it
-- expired or was revoked (NULL while active or after it was renewed). Certification defines both here once; reports
-- and tiers read this view, never the table. MERGE keeps the table's indexes (issued_at, user_id) usable; INVOKER
-- needs no definer account.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW certification_issued AS
SELECT c.id         AS id,
       c.user_id    AS user_id,
       c.path_id    AS path_id,
       c.level      AS level,
       c.issued_at  AS issued_at,
       CASE WHEN c.supersedes_id IS NULL THEN 0 ELSE 1 END AS renewal,
       CASE WHEN c.status IN ('EXPIRED', 'REVOKED') THEN c.status_at END AS lapsed_at
FROM certification c;
