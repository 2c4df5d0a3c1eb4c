-- A certification's position in the Bitstring Status List. New credentials get a random free position (the
-- Recommendation's group privacy: a position says nothing about when or in what order a credential was issued);
-- every existing one keeps its row id, the position its already signed badge names.
ALTER TABLE certification ADD COLUMN status_index INT NULL;
UPDATE certification SET status_index = id;
ALTER TABLE certification ADD CONSTRAINT uk_certification_status_index UNIQUE (status_index);
