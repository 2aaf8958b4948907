--liquibase formatted sql

--changeset antq:014-assessment-legal-basis-index
-- Which circular the assessments of each year were made under (shown on trend charts): answered from this index alone
-- (a loose index scan) instead of reading every assessment.
CREATE INDEX ix_assessment_legal_basis ON safety_assessment (assessment_year, legal_basis);
