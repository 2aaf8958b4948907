--liquibase formatted sql

--changeset antq:001-admin-units
-- Units of both administrative eras. Official codes are reused across eras and levels,
-- so the key is a surrogate id and (unit_level, code, valid_from) is the natural key.
CREATE TABLE admin_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    era         VARCHAR(16)  NULL,
    unit_level  VARCHAR(10)  NOT NULL,
    code        VARCHAR(5)   NOT NULL,
    name        VARCHAR(120) NOT NULL,
    short_name  VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    unit_type   VARCHAR(40)  NOT NULL,
    parent_id   BIGINT       NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NULL,
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT uk_admin_unit_code UNIQUE (unit_level, code, valid_from),
    CONSTRAINT ck_admin_unit_era CHECK (era IN ('PROVINCES_63', 'PROVINCES_34') OR (era IS NULL AND unit_level = 'NATION')),
    CONSTRAINT ck_admin_unit_level CHECK (unit_level IN ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ck_admin_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_admin_unit_parent CHECK ((parent_id IS NULL) = (unit_level = 'NATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- Old unit -> new unit on a reorganisation. Provinces merged whole (FULL); communes were merged or split (PARTIAL).
CREATE TABLE admin_unit_succession (
    predecessor_id BIGINT      NOT NULL,
    successor_id   BIGINT      NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    effective_on   DATE        NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT fk_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_succession_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_succession_kind CHECK (kind IN ('FULL', 'PARTIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
CREATE INDEX ix_succession_successor ON admin_unit_succession (successor_id);
