--liquibase formatted sql

--changeset antq:009-security
-- Accounts: a password hash (Spring Security's delegating format, "{bcrypt}..."), one role, and for a province
-- officer the province of the 34-province structure it belongs to. Failed sign-ins lock the account for a while.
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    province_code        CHAR(2)      NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP(3) NULL,
    created_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'LEADERSHIP', 'PROVINCE_OFFICER', 'PRESENTER')),
    CONSTRAINT ck_app_user_province CHECK ((role = 'PROVINCE_OFFICER') = (province_code IS NOT NULL)),
    CONSTRAINT ck_app_user_attempts CHECK (failed_attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Device tokens of conference screens (role PRESENTER). Only a SHA-256 of the token is kept: the token itself is
-- shown once, when it is created. A revoked token stays for the record.
CREATE TABLE presenter_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_presenter_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Append-only record of sign-ins, sign-outs, lockouts, data changes and exports.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    username     VARCHAR(60)  NULL,
    kind         VARCHAR(40)  NOT NULL,
    address      VARCHAR(64)  NULL,
    target       VARCHAR(200) NULL,
    detail       VARCHAR(500) NULL,
    before_value TEXT         NULL,
    after_value  TEXT         NULL,
    INDEX ix_audit_log_time (occurred_at),
    INDEX ix_audit_log_user (username, occurred_at),
    INDEX ix_audit_log_kind (kind, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The database itself refuses to change or remove an audit row, whoever asks.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
