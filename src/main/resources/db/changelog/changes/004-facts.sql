--liquibase formatted sql

--changeset antq:004-facts
-- Coverage: units recognised "An toàn về an ninh, trật tự", per assessed unit, year and category.
CREATE TABLE safety_assessment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT       NOT NULL,
    source_id        BIGINT       NOT NULL,
    assessment_year  INT          NOT NULL,
    category         VARCHAR(20)  NOT NULL,
    total_units      INT          NOT NULL,
    recognised_units INT          NOT NULL,
    total_is_implied BOOLEAN      NOT NULL DEFAULT FALSE,
    published_rate   DECIMAL(5, 2) NULL,
    legal_basis      VARCHAR(20)  NOT NULL,
    assessed_on      DATE         NOT NULL,
    CONSTRAINT fk_assessment_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_assessment_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT uk_assessment UNIQUE (unit_id, assessment_year, category),
    CONSTRAINT ck_assessment_category CHECK (category IN ('RESIDENTIAL_AREA', 'COMMUNE', 'AGENCY', 'ENTERPRISE', 'SCHOOL')),
    CONSTRAINT ck_assessment_counts CHECK (total_units >= 0 AND recognised_units >= 0 AND recognised_units <= total_units),
    CONSTRAINT ck_assessment_rate CHECK (published_rate IS NULL OR published_rate BETWEEN 0 AND 100),
    CONSTRAINT ck_assessment_date CHECK (YEAR(assessed_on) BETWEEN assessment_year AND assessment_year + 1),
    -- Circular 23/2012/TT-BCA applied until 09/02/2022, Circular 124/2021/TT-BCA from 10/02/2022.
    CONSTRAINT ck_assessment_legal_basis CHECK (
        (legal_basis = 'CIRCULAR_23_2012' AND assessed_on < '2022-02-10')
        OR (legal_basis = 'CIRCULAR_124_2021' AND assessed_on >= '2022-02-10'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_assessment_year ON safety_assessment (assessment_year, category, unit_id);

-- Festival day sites ("Ngày hội toàn dân bảo vệ ANTQ"), one row per site and year.
CREATE TABLE festival_event (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id                 BIGINT       NOT NULL,
    source_id               BIGINT       NOT NULL,
    site_name               VARCHAR(200) NOT NULL,
    held_on                 DATE         NOT NULL,
    showcase_level          VARCHAR(10)  NULL,
    attendance              INT          NULL,
    central_leaders_present BOOLEAN      NOT NULL DEFAULT FALSE,
    gifts_vnd               BIGINT       NULL,
    gift_recipients         INT          NULL,
    CONSTRAINT fk_festival_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_festival_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT ck_festival_showcase CHECK (showcase_level IS NULL OR showcase_level IN ('MINISTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ck_festival_counts CHECK ((attendance IS NULL OR attendance >= 0) AND (gifts_vnd IS NULL OR gifts_vnd >= 0)
        AND (gift_recipients IS NULL OR gift_recipients >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_festival_held_on ON festival_event (held_on, unit_id);

-- Kinds of self-management model ("Tổ tự quản ANTT", "Camera an ninh", ...).
CREATE TABLE model_type (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    CONSTRAINT uk_model_type_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A movement model (mô hình), registered with the unit whose body initiated it.
CREATE TABLE movement_model (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    home_unit_id    BIGINT       NOT NULL,
    source_id       BIGINT       NOT NULL,
    model_type_id   BIGINT       NOT NULL,
    name            VARCHAR(300) NOT NULL,
    initiating_body VARCHAR(30)  NOT NULL,
    host_kind       VARCHAR(20)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    started_on      DATE         NOT NULL,
    retired_on      DATE         NULL,
    CONSTRAINT fk_model_unit FOREIGN KEY (home_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_model_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT fk_model_type FOREIGN KEY (model_type_id) REFERENCES model_type (id),
    CONSTRAINT ck_model_initiator CHECK (initiating_body IN ('PROVINCIAL_PARTY_COMMITTEE', 'PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_POLICE', 'LOCAL')),
    CONSTRAINT ck_model_host CHECK (host_kind IN ('RESIDENTIAL_AREA', 'COMMUNE', 'AGENCY', 'ENTERPRISE', 'SCHOOL', 'RELIGIOUS', 'CLAN')),
    CONSTRAINT ck_model_status CHECK (status IN ('NEW', 'REVIEWED', 'REPLICATED', 'RETIRED')),
    CONSTRAINT ck_model_retired CHECK ((status = 'RETIRED') = (retired_on IS NOT NULL) AND (retired_on IS NULL OR retired_on >= started_on))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_model_dates ON movement_model (started_on, retired_on);

-- A replication site (điểm) of a model, run by one or more teams (tổ).
CREATE TABLE model_site (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    model_id   BIGINT       NOT NULL,
    unit_id    BIGINT       NOT NULL,
    source_id  BIGINT       NOT NULL,
    site_name  VARCHAR(200) NOT NULL,
    teams      INT          NOT NULL,
    members    INT          NULL,
    started_on DATE         NOT NULL,
    ended_on   DATE         NULL,
    CONSTRAINT fk_site_model FOREIGN KEY (model_id) REFERENCES movement_model (id),
    CONSTRAINT fk_site_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_site_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT ck_site_counts CHECK (teams >= 0 AND (members IS NULL OR members >= 0)),
    CONSTRAINT ck_site_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_site_dates ON model_site (started_on, ended_on);

-- Advanced exemplars (điển hình tiên tiến): collectives or individuals recognised for the movement.
CREATE TABLE exemplar (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT       NOT NULL,
    source_id      BIGINT       NOT NULL,
    model_id       BIGINT       NULL,
    name           VARCHAR(300) NOT NULL,
    recipient_kind VARCHAR(12)  NOT NULL,
    recognised_on  DATE         NOT NULL,
    CONSTRAINT fk_exemplar_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_exemplar_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT fk_exemplar_model FOREIGN KEY (model_id) REFERENCES movement_model (id),
    CONSTRAINT ck_exemplar_kind CHECK (recipient_kind IN ('COLLECTIVE', 'INDIVIDUAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_exemplar_date ON exemplar (recognised_on);

-- Awards for the movement: form, issuer, recipient kind and how many were given in one batch.
CREATE TABLE award (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT       NOT NULL,
    source_id      BIGINT       NOT NULL,
    awarded_on     DATE         NOT NULL,
    form           VARCHAR(30)  NOT NULL,
    issuer         VARCHAR(30)  NOT NULL,
    recipient_kind VARCHAR(12)  NOT NULL,
    quantity       INT          NOT NULL,
    reason         VARCHAR(500) NULL,
    CONSTRAINT fk_award_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_award_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT ck_award_form CHECK (form IN ('CERTIFICATE_OF_MERIT', 'LEADING_UNIT_FLAG', 'CERTIFICATE_OF_COMMENDATION', 'MIXED')),
    CONSTRAINT ck_award_issuer CHECK (issuer IN ('MINISTER', 'PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_POLICE_DIRECTOR', 'DISTRICT_CHAIR', 'MIXED')),
    CONSTRAINT ck_award_kind CHECK (recipient_kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    CONSTRAINT ck_award_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_award_date ON award (awarded_on);

-- A figure reported as an aggregate for a unit and period (the other counters, and totals published in reports).
-- A reported figure for a unit takes precedence over the roll-up of its sub-units.
CREATE TABLE indicator_value (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_code VARCHAR(40)   NOT NULL,
    unit_id        BIGINT        NOT NULL,
    source_id      BIGINT        NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    numerator      BIGINT        NULL,
    denominator    BIGINT        NULL,
    is_lower_bound BOOLEAN       NOT NULL DEFAULT FALSE,
    published_rate DECIMAL(5, 2) NULL,
    CONSTRAINT fk_value_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_value_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT uk_value UNIQUE (indicator_code, unit_id, period_start, period_end),
    CONSTRAINT ck_value_period CHECK (period_end >= period_start),
    -- A rate published without its counts keeps only published_rate.
    CONSTRAINT ck_value_present CHECK (numerator IS NOT NULL OR published_rate IS NOT NULL),
    CONSTRAINT ck_value_counts CHECK (numerator >= 0 AND (denominator IS NULL OR (denominator >= 0 AND numerator <= denominator))),
    CONSTRAINT ck_value_rate CHECK (published_rate IS NULL OR published_rate BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_value_lookup ON indicator_value (indicator_code, period_end, unit_id);
