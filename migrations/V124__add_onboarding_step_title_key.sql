-- The default plan's steps show their titles in the reader's language: title_key names the message (in the four
-- bundles) to show instead of the stored title, which stays as the English fallback. Set for the four steps V106
-- seeded, in the default plan and in partners' copies of it; steps added later keep the catalog's title (NULL key).
ALTER TABLE onboarding_step ADD COLUMN title_key VARCHAR(100) NULL;

UPDATE onboarding_step SET title_key = 'onboarding.default-step.program-essentials'
WHERE kind = 'COURSE' AND ref_id = 'program-essentials' AND title = 'Partner Program Essentials';
UPDATE onboarding_step SET title_key = 'onboarding.default-step.value-proposition'
WHERE kind = 'COURSE' AND ref_id = 'value-proposition' AND title = 'Value Proposition and Positioning';
UPDATE onboarding_step SET title_key = 'onboarding.default-step.deal-registration-walkthrough'
WHERE kind = 'LAB' AND ref_id = 'deal-registration-walkthrough' AND title = 'Deal Registration Walkthrough';
UPDATE onboarding_step SET title_key = 'onboarding.default-step.foundation'
WHERE kind = 'PATH' AND ref_id = 'foundation' AND title = 'Certified Foundation';
