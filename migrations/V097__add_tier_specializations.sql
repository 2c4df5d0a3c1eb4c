-- Tier policy may require specializations (distinct specialization certifications held by a partner's current
-- staff, e.g. Healthcare); an assessment records how many the partner had. Existing policies require none.
ALTER TABLE tier_policy ADD COLUMN min_specializations INT NOT NULL DEFAULT 0;
ALTER TABLE tier_assessment ADD COLUMN specializations INT NOT NULL DEFAULT 0;
