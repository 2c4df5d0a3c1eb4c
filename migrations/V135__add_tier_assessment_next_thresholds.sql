-- An assessment keeps what its explanation is written from, so that every page can write it in its reader's
-- language: the counts and metrics (already stored) and the thresholds of the next tier up as the tier policy had
-- them at that moment (NULL when the partner met every tier). Rows written before this change have only their
-- English text (words_kept = FALSE) and are shown with it.
ALTER TABLE tier_assessment
    ADD COLUMN words_kept               BOOLEAN        NOT NULL DEFAULT FALSE,
    ADD COLUMN next_tier                VARCHAR(16)    NULL,
    ADD COLUMN next_min_certified       INT            NULL,
    ADD COLUMN next_min_practitioners   INT            NULL,
    ADD COLUMN next_min_architects      INT            NULL,
    ADD COLUMN next_min_specializations INT            NULL,
    ADD COLUMN next_min_arr             DECIMAL(14, 2) NULL,
    ADD COLUMN next_min_referrals       INT            NULL;
