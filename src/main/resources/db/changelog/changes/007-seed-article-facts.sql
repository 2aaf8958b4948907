--liquibase formatted sql

--changeset antq:007-seed-article-facts
-- Every quantitative fact of the five seed articles (shared/seeds), stored exactly, with the article as source.
-- Unit ids follow tools/build_reference_data.py: era digit, level digit, official code
-- (1 = Việt Nam; 110000xx = old province xx; 130xxxxx = old commune xxxxx).
INSERT INTO data_source (kind, reference, title, publisher, published_on, note) VALUES
    ('SEED_ARTICLE', '000_8d4caed7f112e93c.txt', 'Hiệu quả thiết thực của “Ngày hội Toàn dân bảo vệ an ninh Tổ quốc” trên địa bàn tỉnh Thái Bình',
     'Công an tỉnh Thái Bình', NULL, 'Thái Bình: five-year totals published around 2022, not values for one year.'),
    ('SEED_ARTICLE', '001_85cbc7de6a9ed045.txt', 'Ban Chỉ đạo 138 tỉnh phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021',
     NULL, '2020-12-10', 'About Nam Định (its officials and its 229 communes), results of 2020.'),
    ('SEED_ARTICLE', '002_9e525a15b9b8ba69.txt', 'Tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022',
     NULL, '2022-11-23', 'National review of the 2022 festival, Hưng Yên figures to 11/2022.'),
    ('SEED_ARTICLE', '003_cc649937aaefbf73.txt', 'Tuyên Quang với phong trào toàn dân bảo vệ an ninh Tổ quốc',
     NULL, '2022-11-18', 'Tuyên Quang, figures to 11/2022.'),
    ('SEED_ARTICLE', '004_f4af83c386fcf0ca.txt', 'Tiếp tục sáng tạo nhiều mô hình mới với phương châm “Dân cần, dân làm, dân hưởng thụ”',
     NULL, '2022-08-16', 'Festival day 2022 of thị trấn Thiệu Hóa (Thanh Hóa).');

-- (INSERT ... SELECT from a UNION trips the validity trigger on MariaDB 11.4, so each source id goes into a variable.)

-- 000: Thái Bình (old province 34), five years to about 2022.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '000_8d4caed7f112e93c.txt');
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, is_lower_bound) VALUES
    ('PROPAGANDA_BANNERS', 11000034, @src, '2018-01-01', '2022-12-31', 6229, FALSE),
    ('PROPAGANDA_SIGNBOARDS', 11000034, @src, '2018-01-01', '2022-12-31', 496, FALSE),
    ('PHOTO_EXHIBITIONS', 11000034, @src, '2018-01-01', '2022-12-31', 310, FALSE),
    ('LEGAL_CLASSES', 11000034, @src, '2018-01-01', '2022-12-31', 305, FALSE),
    ('LEGAL_CLASS_ATTENDANCES', 11000034, @src, '2018-01-01', '2022-12-31', 673364, FALSE),
    ('BROADCAST_REPORTS', 11000034, @src, '2018-01-01', '2022-12-31', 265, FALSE),
    ('NEWS_ARTICLES', 11000034, @src, '2018-01-01', '2022-12-31', 1512, FALSE),
    ('CONTESTS', 11000034, @src, '2018-01-01', '2022-12-31', 42, FALSE),
    ('CONTEST_PARTICIPANTS', 11000034, @src, '2018-01-01', '2022-12-31', 6230, FALSE),
    ('MODELS', 11000034, @src, '2022-01-01', '2022-12-31', 1340, FALSE),
    ('EXEMPLARS', 11000034, @src, '2022-01-01', '2022-12-31', 500, TRUE);

-- 001: Nam Định (old province 36), 2020. Rates are as published; totals are implied by them.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '001_85cbc7de6a9ed045.txt');
INSERT INTO safety_assessment (unit_id, source_id, assessment_year, category, total_units, recognised_units,
                               total_is_implied, published_rate, legal_basis, assessed_on) VALUES
    (11000036, @src, 2020, 'RESIDENTIAL_AREA', 3505, 3321, TRUE, 94.75, 'CIRCULAR_23_2012', '2020-12-10'),
    (11000036, @src, 2020, 'COMMUNE', 229, 223, TRUE, 97.37, 'CIRCULAR_23_2012', '2020-12-10'),
    (11000036, @src, 2020, 'AGENCY', 612, 595, TRUE, 97.25, 'CIRCULAR_23_2012', '2020-12-10'),
    (11000036, @src, 2020, 'ENTERPRISE', 5449, 5027, TRUE, 92.25, 'CIRCULAR_23_2012', '2020-12-10'),
    (11000036, @src, 2020, 'SCHOOL', 781, 772, TRUE, 98.90, 'CIRCULAR_23_2012', '2020-12-10');
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, denominator) VALUES
    ('MODELS', 11000036, @src, '2020-01-01', '2020-12-31', 37, NULL),
    ('MODELS_BY_PROVINCIAL_PARTY_COMMITTEE', 11000036, @src, '2020-01-01', '2020-12-31', 2, NULL),
    ('MODELS_BY_PROVINCIAL_PEOPLES_COMMITTEE', 11000036, @src, '2020-01-01', '2020-12-31', 3, NULL),
    ('MODELS_BY_PROVINCIAL_POLICE', 11000036, @src, '2020-01-01', '2020-12-31', 14, NULL),
    ('MODELS_BY_LOCAL_BODIES', 11000036, @src, '2020-01-01', '2020-12-31', 18, NULL),
    ('CULTURAL_RESIDENTIAL_AREAS', 11000036, @src, '2020-01-01', '2020-12-31', 2863, 3462),
    ('CULTURAL_FAMILIES', 11000036, @src, '2020-01-01', '2020-12-31', 507361, NULL),
    ('VILLAGE_COVENANTS', 11000036, @src, '2020-01-01', '2020-12-31', 3432, NULL),
    ('FIVE_NO_RESIDENTIAL_AREAS', 11000036, @src, '2020-01-01', '2020-12-31', 1568, NULL),
    ('DOCUMENTS_ISSUED', 11000036, @src, '2020-01-01', '2020-12-31', 6, NULL);
INSERT INTO award (unit_id, source_id, awarded_on, form, issuer, recipient_kind, quantity, reason) VALUES
    (11000036, @src, '2020-12-10', 'CERTIFICATE_OF_MERIT', 'MINISTER', 'COLLECTIVE', 9, 'Phong trào toàn dân bảo vệ ANTQ năm 2020'),
    (11000036, @src, '2020-12-10', 'LEADING_UNIT_FLAG', 'PROVINCIAL_PEOPLES_COMMITTEE', 'COLLECTIVE', 2, 'Phong trào toàn dân bảo vệ ANTQ năm 2020'),
    (11000036, @src, '2020-12-10', 'CERTIFICATE_OF_MERIT', 'PROVINCIAL_PEOPLES_COMMITTEE', 'COLLECTIVE', 8, 'Phong trào toàn dân bảo vệ ANTQ năm 2020'),
    (11000036, @src, '2020-12-10', 'CERTIFICATE_OF_MERIT', 'PROVINCIAL_PEOPLES_COMMITTEE', 'INDIVIDUAL', 12, 'Phong trào toàn dân bảo vệ ANTQ năm 2020');

-- 002: the nation, 2022 festival; Hưng Yên (old province 33) to 11/2022.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '002_9e525a15b9b8ba69.txt');
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator) VALUES
    ('FESTIVAL_SITES', 1, @src, '2022-01-01', '2022-12-31', 5813),
    ('FESTIVAL_SITES_CENTRAL_LEADERS', 1, @src, '2022-01-01', '2022-12-31', 28),
    ('SELF_MANAGED_TEAMS', 11000033, @src, '2022-01-01', '2022-11-23', 887),
    ('MODEL_ROADS', 11000033, @src, '2022-01-01', '2022-11-23', 11),
    ('BOUNDARY_CLUSTERS', 11000033, @src, '2022-01-01', '2022-11-23', 72);
INSERT INTO award (unit_id, source_id, awarded_on, form, issuer, recipient_kind, quantity, reason) VALUES
    (1, @src, '2022-11-23', 'CERTIFICATE_OF_MERIT', 'MINISTER', 'COLLECTIVE', 27, 'Tổ chức Ngày hội toàn dân bảo vệ ANTQ năm 2022'),
    (1, @src, '2022-11-23', 'CERTIFICATE_OF_MERIT', 'MINISTER', 'INDIVIDUAL', 22, 'Tổ chức Ngày hội toàn dân bảo vệ ANTQ năm 2022');

-- 003: Tuyên Quang (old province 8) to 11/2022. "trên" (more than) figures are lower bounds.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '003_cc649937aaefbf73.txt');
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, is_lower_bound) VALUES
    ('MODELS', 11000008, @src, '2022-01-01', '2022-11-18', 299, FALSE),
    ('MODELS_AT_COMMUNES', 11000008, @src, '2022-01-01', '2022-11-18', 129, FALSE),
    ('MODELS_AT_AGENCIES_ENTERPRISES_SCHOOLS', 11000008, @src, '2022-01-01', '2022-11-18', 30, FALSE),
    ('CONTACTS_PRESTIGIOUS_PERSONS', 11000008, @src, '2019-01-01', '2022-11-18', 1400, TRUE),
    ('CONTACTS_RELIGIOUS_DIGNITARIES', 11000008, @src, '2019-01-01', '2022-11-18', 1899, TRUE);

-- 004: thị trấn Thiệu Hóa (old commune 15772, Thanh Hóa), festival of 16/8/2022. Counts over the 17 years since 2005.
SET @src = (SELECT id FROM data_source WHERE kind = 'SEED_ARTICLE' AND reference = '004_f4af83c386fcf0ca.txt');
INSERT INTO festival_event (unit_id, source_id, site_name, held_on, central_leaders_present, gift_recipients) VALUES
    (13015772, @src, 'Thị trấn Thiệu Hóa', '2022-08-16', FALSE, 15);
INSERT INTO indicator_value (indicator_code, unit_id, source_id, period_start, period_end, numerator, published_rate) VALUES
    ('DOCUMENTS_ISSUED', 13015772, @src, '2005-08-16', '2022-08-16', 112, NULL),
    ('RESIDENT_PARTICIPATION', 13015772, @src, '2022-01-01', '2022-08-16', NULL, 100.00),
    ('NEIGHBOURHOOD_PROTECTION_TEAMS', 13015772, @src, '2022-01-01', '2022-08-16', 14, NULL),
    ('NEIGHBOURHOOD_PROTECTION_MEMBERS', 13015772, @src, '2022-01-01', '2022-08-16', 23, NULL),
    ('SOCIAL_SECURITY_TEAMS', 13015772, @src, '2022-01-01', '2022-08-16', 74, NULL),
    ('REINTEGRATED_OFFENDERS', 13015772, @src, '2005-08-16', '2022-08-16', 124, NULL),
    ('REINTEGRATION_LOANS_OR_JOBS', 13015772, @src, '2005-08-16', '2022-08-16', 23, NULL);
INSERT INTO award (unit_id, source_id, awarded_on, form, issuer, recipient_kind, quantity, reason) VALUES
    (13015772, @src, '2022-08-16', 'MIXED', 'MIXED', 'COLLECTIVE', 2, 'Bằng khen, Giấy khen của Chủ tịch UBND tỉnh, Giám đốc Công an tỉnh và Chủ tịch UBND huyện Thiệu Hóa'),
    (13015772, @src, '2022-08-16', 'MIXED', 'MIXED', 'INDIVIDUAL', 5, 'Bằng khen, Giấy khen của Chủ tịch UBND tỉnh, Giám đốc Công an tỉnh và Chủ tịch UBND huyện Thiệu Hóa');
