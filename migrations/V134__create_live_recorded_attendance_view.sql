-- Live's one definition of recorded attendance (issue 17): a seat holder (REGISTERED) whose attendance was marked or
-- imported either attended (attended = 1) or was a no-show (no_show = 1); a seat not yet marked, a place in line and
-- a cancelled registration count as neither. Live's own statistics and the program report read this view, so the
-- rule is written once. MERGE keeps the tables' indexes usable from a query on the view; INVOKER needs no definer
-- account on the server the database is moved to.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW live_recorded_attendance AS
SELECT r.user_id     AS user_id,
       r.session_id  AS session_id,
       s.title       AS session_title,
       s.course_id   AS course_id,
       s.starts_at   AS starts_at,
       s.time_zone   AS time_zone,
       CASE WHEN r.attended THEN 1 ELSE 0 END AS attended,
       CASE WHEN r.attended THEN 0 ELSE 1 END AS no_show
FROM live_registration r
JOIN live_session s ON s.id = r.session_id
WHERE r.status = 'REGISTERED' AND r.attended IS NOT NULL;
