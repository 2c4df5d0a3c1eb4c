-- Certifications recorded without an attempt on this platform (history brought over from a previous system, the
-- demo history) have no exam attempt; the score is still recorded.
ALTER TABLE certification MODIFY attempt_id BIGINT NULL;
