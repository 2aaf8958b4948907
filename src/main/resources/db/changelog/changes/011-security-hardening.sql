--liquibase formatted sql

--changeset antq:011-sign-in-throttle
-- Failed sign-ins counted per (account name as typed, client address), and per address for any account ('*'), instead
-- of a lock on the account that anyone could trigger from anywhere. Rows are updated under a row lock, so parallel
-- attempts cannot lose a count. refused/refused_since summarise a throttled burst in one audit row.
CREATE TABLE sign_in_throttle (
    account_key     VARCHAR(80)  NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    last_failure_at TIMESTAMP(3) NULL,
    refused         INT          NOT NULL DEFAULT 0,
    refused_since   TIMESTAMP(3) NULL,
    PRIMARY KEY (account_key, address),
    INDEX ix_sign_in_throttle_time (last_failure_at),
    CONSTRAINT ck_sign_in_throttle_counts CHECK (failures >= 0 AND refused >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_attempts;
ALTER TABLE app_user DROP COLUMN failed_attempts, DROP COLUMN locked_until;
-- Leading a presentation (moving every screen that shows it) is a right of its own, given by an ADMIN; ADMIN and
-- LEADERSHIP accounts have it by their role, screens never.
ALTER TABLE app_user ADD COLUMN leads_presentations BOOLEAN NOT NULL DEFAULT FALSE;

-- Screen tokens expire and can be rotated (a new secret for the same screen, the old one dead at once).
ALTER TABLE presenter_token ADD COLUMN expires_at TIMESTAMP(3) NULL;
ALTER TABLE presenter_token ADD COLUMN rotated_at TIMESTAMP(3) NULL;
UPDATE presenter_token SET expires_at = TIMESTAMPADD(DAY, 90, created_at) WHERE expires_at IS NULL;
ALTER TABLE presenter_token MODIFY expires_at TIMESTAMP(3) NOT NULL;

-- Imported figures cite the organisation that supplied them, never the account that typed them in.
UPDATE data_source ds
    JOIN import_batch ib ON ib.source_id = ds.id
    JOIN submission s ON s.id = ib.submission_id
    LEFT JOIN app_user u ON u.username = ib.imported_by
    JOIN admin_unit p ON p.unit_level = 'PROVINCE' AND p.era = 'PROVINCES_34' AND p.code = s.province_code
SET ds.publisher = CASE WHEN u.role IS NULL OR u.role = 'PROVINCE_OFFICER'
                        THEN CONCAT('Công an ', LOWER(LEFT(p.name, 1)), SUBSTRING(p.name, 2))
                        ELSE 'Bộ Công an' END,
    ds.note = NULL
WHERE ds.kind = 'IMPORT';
