-- A renewal rule remembers how far ahead it has looked: every certification expiring up to scanned_until has been
-- considered, so the next run reads only those that entered its window since (expiring after scanned_until, up to
-- now plus its days). NULL means "look at the whole window" (a new or edited rule).
ALTER TABLE assignment_rule ADD COLUMN scanned_until DATETIME(6) NULL;
