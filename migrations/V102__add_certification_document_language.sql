-- A certificate PDF is written in its holder's language (their profile's, else English), and each language's copy is
-- kept as first signed, so a holder who changes language gets a new copy while the one already shared stays
-- byte-identical (and is still recognised as genuine). Every document stored so far is English. The badge is kept
-- once, under 'en'.
ALTER TABLE certification_document
    ADD COLUMN language VARCHAR(35) NOT NULL DEFAULT 'en',
    ADD CONSTRAINT uk_certification_document_language UNIQUE (certification_id, kind, language);

ALTER TABLE certification_document DROP INDEX uk_certification_document;
