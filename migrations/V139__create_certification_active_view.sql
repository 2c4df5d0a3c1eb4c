-- Certification's one definition of an active certification (issue 17, ADR 0053): one neither revoked, renewed nor
-- marked expired, which counts until its expiry (exclusive), even before the expiry job has marked it. The clock is
-- the application's (an injected Clock that tests fix), not the database's, so the view cannot compare with the time
-- itself: a reader passes the instant it asks about as `expires_at > :now`, the only condition it adds for the rule
-- (ArchitectureTest checks every reader does). MERGE keeps certification's indexes (status, expires_at) usable;
-- INVOKER needs no definer account on the server the database is moved to.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW certification_active AS
SELECT c.id            AS id,
       c.user_id       AS user_id,
       c.path_id       AS path_id,
       c.path_title    AS path_title,
       c.level         AS level,
       c.credential_id AS credential_id,
       c.issued_at     AS issued_at,
       c.expires_at    AS expires_at
FROM certification c
WHERE c.status = 'ACTIVE';
