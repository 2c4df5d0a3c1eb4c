-- The API's partner list pages by (updated_at, id) in the database.
ALTER TABLE partner ADD INDEX ix_partner_updated (updated_at, id);
