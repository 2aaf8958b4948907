--liquibase formatted sql

--changeset antq:016-alert-digests
-- Who receives a digest of their alerts by e-mail, how often, in which language, and when the last one left.
CREATE TABLE alert_digest (
    username     VARCHAR(60)  NOT NULL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    frequency    VARCHAR(10)  NOT NULL,
    language     VARCHAR(2)   NOT NULL,
    last_sent_at TIMESTAMP(3) NULL,
    CONSTRAINT ck_alert_digest_frequency CHECK (frequency IN ('DAILY', 'WEEKLY')),
    CONSTRAINT ck_alert_digest_language CHECK (language IN ('VI', 'EN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
