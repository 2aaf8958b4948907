--liquibase formatted sql

--changeset antq:012-seed-article-citations
-- A seed article is cited the way people cite it: outlet, date and title, the file name only in the details.
-- Where the page prints no date (or no outlet), the value is inferred from the article and the date is kept only to the
-- month or the year it is certain to: see docs/FIGURES.md.
ALTER TABLE data_source ADD COLUMN author VARCHAR(200) NULL;
ALTER TABLE data_source ADD COLUMN published_precision VARCHAR(5) NULL;
ALTER TABLE data_source ADD CONSTRAINT ck_data_source_precision CHECK (published_precision IS NULL OR published_precision IN ('DAY', 'MONTH', 'YEAR'));
UPDATE data_source SET publisher = 'Công an tỉnh Thái Bình', author = 'Đặng Mai', published_on = '2022-01-01', published_precision = 'YEAR'
    WHERE kind = 'SEED_ARTICLE' AND reference = '000_8d4caed7f112e93c.txt';
UPDATE data_source SET publisher = 'Báo Nam Định', author = 'Xuân Thu', published_on = '2020-12-01', published_precision = 'MONTH'
    WHERE kind = 'SEED_ARTICLE' AND reference = '001_85cbc7de6a9ed045.txt';
UPDATE data_source SET publisher = 'Cổng thông tin điện tử tỉnh Hưng Yên', author = 'Hoàng Bền', published_on = '2022-11-01', published_precision = 'MONTH'
    WHERE kind = 'SEED_ARTICLE' AND reference = '002_9e525a15b9b8ba69.txt';
UPDATE data_source SET publisher = 'Báo Tuyên Quang', author = 'Phan Thanh Bình', published_on = '2022-11-18', published_precision = 'DAY'
    WHERE kind = 'SEED_ARTICLE' AND reference = '003_cc649937aaefbf73.txt';
UPDATE data_source SET publisher = 'Cổng thông tin điện tử huyện Thiệu Hóa', author = 'Mai Hà', published_on = '2022-08-01', published_precision = 'MONTH'
    WHERE kind = 'SEED_ARTICLE' AND reference = '004_f4af83c386fcf0ca.txt';

--changeset antq:012-seed-fact-meanings
-- Seed 001: the 6 letters of 2020 are the provincial police's ("Công an tỉnh ban hành 6 công văn"); the Party committee
-- and People's Committee issued "hàng chục" (dozens of) direction documents, kept as a lower bound of 20.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '001_85cbc7de6a9ed045.txt');
UPDATE indicator_value SET indicator_code = 'POLICE_DOCUMENTS_ISSUED'
    WHERE indicator_code = 'DOCUMENTS_ISSUED' AND unit_id = 11000036 AND source_id = @src;
-- A database with demo data already holds a synthetic value for that province and year: the seed replaces it.
DELETE FROM indicator_value WHERE indicator_code = 'DOCUMENTS_ISSUED' AND unit_id = 11000036
    AND period_start = '2020-01-01' AND period_end = '2020-12-31' AND source_id <> @src;
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, is_lower_bound)
    VALUES ('DOCUMENTS_ISSUED', 11000036, @src, '2020-01-01', '2020-12-31', 20, TRUE);
-- Seeds 000 and 003: "1340 mô hình" of Thái Bình and "299 mô hình" of Tuyên Quang count replications too; they are not
-- the named models counted elsewhere, so they move to indicators of their own, shown only where reported.
UPDATE indicator_value SET indicator_code = 'MODELS_REPORTED'
    WHERE indicator_code = 'MODELS' AND unit_id IN (11000034, 11000008)
      AND source_id IN (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference IN ('000_8d4caed7f112e93c.txt', '003_cc649937aaefbf73.txt'));
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '003_cc649937aaefbf73.txt');
UPDATE indicator_value SET indicator_code = 'MODELS_REPORTED_AT_COMMUNES'
    WHERE indicator_code = 'MODELS_AT_COMMUNES' AND unit_id = 11000008 AND source_id = @src;
UPDATE indicator_value SET indicator_code = 'MODELS_REPORTED_AT_INSTITUTIONS'
    WHERE indicator_code = 'MODELS_AT_AGENCIES_ENTERPRISES_SCHOOLS' AND unit_id = 11000008 AND source_id = @src;
