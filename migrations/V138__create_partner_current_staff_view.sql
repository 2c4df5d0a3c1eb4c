-- Partners' one definition of a partner's current staff (issue 17, ADR 0053): the people a partner employs today,
-- i.e. the employment rows without an end date. Tiers, reports, webhooks and certification's feed read this view,
-- never employment itself (ArchitectureTest), so the rule is written once. MERGE keeps employment's indexes usable
-- from a query on the view; INVOKER needs no definer account on the server the database is moved to.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW partner_current_staff AS
SELECT e.user_id    AS user_id,
       e.partner_id AS partner_id,
       e.job_title  AS job_title,
       e.started_on AS started_on
FROM employment e
WHERE e.ended_on IS NULL;
