-- A person's own choice of interface language (BCP 47 tag, NULL = follow the browser) and time zone
-- (IANA id such as Europe/Berlin, NULL = UTC); see ADR 0017.
ALTER TABLE app_user
    ADD COLUMN language  VARCHAR(16) NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL;
