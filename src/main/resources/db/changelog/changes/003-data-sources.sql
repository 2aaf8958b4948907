--liquibase formatted sql

--changeset antq:003-data-sources
-- Provenance: every fact row points to one source.
CREATE TABLE data_source (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    reference    VARCHAR(200) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    publisher    VARCHAR(200) NULL,
    published_on DATE         NULL,
    note         VARCHAR(2000) NULL,
    CONSTRAINT uk_data_source_reference UNIQUE (kind, reference),
    CONSTRAINT ck_data_source_kind CHECK (kind IN ('SEED_ARTICLE', 'OFFICIAL_REPORT', 'SYNTHETIC', 'IMPORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
