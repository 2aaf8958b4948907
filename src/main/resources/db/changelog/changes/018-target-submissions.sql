--liquibase formatted sql

--changeset antq:018-target-submissions
-- A province submits its communes' targets through the intake like its figures (dataset TARGETS).
ALTER TABLE submission DROP CONSTRAINT ck_submission_dataset;
ALTER TABLE submission ADD CONSTRAINT ck_submission_dataset
    CHECK (dataset IN ('SAFETY', 'MODELS', 'FESTIVAL', 'COUNTERS', 'TARGETS'));
