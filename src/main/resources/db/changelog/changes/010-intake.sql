--liquibase formatted sql

--changeset antq:010-intake
-- Imported figures carry the approval state of their submission (TRUE once approved); other kinds of source are
-- not subject to approval and keep NULL.
ALTER TABLE data_source ADD COLUMN approved BOOLEAN NULL;

-- One submission per (province of the 34-province structure, year, dataset): where its approval stands.
CREATE TABLE submission (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_code     CHAR(2)       NOT NULL,
    data_year         INT           NOT NULL,
    dataset           VARCHAR(20)   NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    current_import_id BIGINT        NULL,
    state_comment     VARCHAR(2000) NULL,
    state_by          VARCHAR(60)   NULL,
    state_at          TIMESTAMP(3)  NULL,
    first_submitted_at TIMESTAMP(3) NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_submission UNIQUE (province_code, data_year, dataset),
    CONSTRAINT ck_submission_dataset CHECK (dataset IN ('SAFETY', 'MODELS', 'FESTIVAL', 'COUNTERS')),
    CONSTRAINT ck_submission_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Every change of a submission's state, with who, when and why.
CREATE TABLE submission_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT        NOT NULL,
    from_state    VARCHAR(12)   NULL,
    to_state      VARCHAR(12)   NOT NULL,
    comment       VARCHAR(2000) NULL,
    changed_by    VARCHAR(60)   NOT NULL,
    changed_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_submission_event FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- One committed import (a file or a single-value correction): its source row, what it held and what it replaced.
CREATE TABLE import_batch (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id   BIGINT        NOT NULL,
    source_id       BIGINT        NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    row_count       INT           NOT NULL,
    warning_count   INT           NOT NULL DEFAULT 0,
    warning_comment VARCHAR(2000) NULL,
    imported_by     VARCHAR(60)   NOT NULL,
    imported_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_import_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_import_source FOREIGN KEY (source_id) REFERENCES data_source (id),
    CONSTRAINT ck_import_kind CHECK (kind IN ('FILE', 'CORRECTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The rows of every import as committed (JSON object per row: column key to value), kept for history.
CREATE TABLE import_row (
    batch_id BIGINT   NOT NULL,
    row_no   INT      NOT NULL,
    content  LONGTEXT NOT NULL,
    PRIMARY KEY (batch_id, row_no),
    CONSTRAINT fk_import_row_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Fact rows an import replaced (whatever their source), as JSON, so replaced figures stay in history.
CREATE TABLE replaced_fact (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id   BIGINT      NOT NULL,
    fact_table VARCHAR(30) NOT NULL,
    content    LONGTEXT    NOT NULL,
    CONSTRAINT fk_replaced_fact_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_replaced_fact_batch ON replaced_fact (batch_id);
