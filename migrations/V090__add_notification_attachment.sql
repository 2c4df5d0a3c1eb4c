-- A notification may carry one text attachment for its mail (a calendar invitation as .ics, issue 19).
ALTER TABLE notification
    ADD COLUMN attachment_name VARCHAR(100) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment      MEDIUMTEXT   NULL;
