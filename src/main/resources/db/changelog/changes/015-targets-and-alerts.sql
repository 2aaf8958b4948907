--liquibase formatted sql

--changeset antq:015-targets-and-alerts
-- Targets: the value an indicator should reach in a unit by the deadline of a year (percent for rates). One current
-- target per indicator, unit and year; every change is kept in target_change (and the audit log).
CREATE TABLE target (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_code VARCHAR(64)   NOT NULL,
    unit_id        BIGINT        NOT NULL,
    target_year    INT           NOT NULL,
    target_value   DECIMAL(18,4) NOT NULL,
    deadline       DATE          NOT NULL,
    set_by         VARCHAR(60)   NOT NULL,
    set_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_target UNIQUE (target_year, indicator_code, unit_id),
    CONSTRAINT fk_target_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_target_value CHECK (target_value >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE target_change (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_code VARCHAR(64)   NOT NULL,
    unit_id        BIGINT        NOT NULL,
    target_year    INT           NOT NULL,
    before_value   DECIMAL(18,4) NULL,
    after_value    DECIMAL(18,4) NULL,
    changed_by     VARCHAR(60)   NOT NULL,
    changed_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_target_change (target_year, unit_id, indicator_code, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The alert rules the ADMIN switches on and off, with their threshold (points, percent or days, by rule).
CREATE TABLE alert_rule (
    rule_code  VARCHAR(40)   NOT NULL PRIMARY KEY,
    enabled    BOOLEAN       NOT NULL,
    threshold  DECIMAL(18,4) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Alerts raised by the monitoring job: open while their condition holds (closed_at NULL), closed by the job when it
-- ends. At most one open alert per rule, unit, indicator and year (open_key is NULL once closed).
CREATE TABLE alert (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_code       VARCHAR(40)   NOT NULL,
    unit_id         BIGINT        NOT NULL,
    indicator_code  VARCHAR(64)   NULL,
    dataset         VARCHAR(20)   NULL,
    alert_year      INT           NOT NULL,
    observed_value  DECIMAL(18,4) NULL,
    reference_value DECIMAL(18,4) NULL,
    opened_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    closed_at       TIMESTAMP(3)  NULL,
    acknowledged_by VARCHAR(60)   NULL,
    acknowledged_at TIMESTAMP(3)  NULL,
    ack_comment     VARCHAR(2000) NULL,
    open_key        VARCHAR(200)  NULL,
    CONSTRAINT uk_alert_open UNIQUE (open_key),
    CONSTRAINT fk_alert_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    INDEX ix_alert_open (closed_at, alert_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
