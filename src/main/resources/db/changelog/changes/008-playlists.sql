--liquibase formatted sql

--changeset antq:008-playlists
-- Presentation playlists for conference screens: named, with a year, seconds per slide and an optional daily
-- refresh time; their slides in order.
CREATE TABLE playlist (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(120) NOT NULL,
    figures_year     INT          NOT NULL,
    interval_seconds INT          NOT NULL,
    refresh_at       TIME         NULL,
    updated_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_playlist_name UNIQUE (name),
    CONSTRAINT ck_playlist_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_playlist_year CHECK (figures_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_playlist_interval CHECK (interval_seconds BETWEEN 5 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE playlist_slide (
    playlist_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    indicator   VARCHAR(60)  NOT NULL,
    provinces   VARCHAR(400) NOT NULL DEFAULT '',
    PRIMARY KEY (playlist_id, position),
    CONSTRAINT fk_playlist_slide FOREIGN KEY (playlist_id) REFERENCES playlist (id) ON DELETE CASCADE,
    CONSTRAINT ck_playlist_slide_kind CHECK (kind IN ('NATIONAL_MAP', 'RANKING', 'NATIONAL_TREND', 'COVERAGE', 'FESTIVAL', 'SPOTLIGHT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A ready-made playlist for the annual online conference, so that /present works on a fresh installation.
INSERT INTO playlist (name, figures_year, interval_seconds, refresh_at) VALUES ('Hội nghị trực tuyến toàn quốc', 2025, 20, '06:00:00');
SET @playlist = LAST_INSERT_ID();
INSERT INTO playlist_slide (playlist_id, position, kind, indicator, provinces) VALUES
    (@playlist, 0, 'NATIONAL_MAP', 'COVERAGE_COMMUNES', ''),
    (@playlist, 1, 'RANKING', 'COVERAGE_RESIDENTIAL_AREAS', ''),
    (@playlist, 2, 'NATIONAL_TREND', 'COVERAGE_COMMUNES', ''),
    (@playlist, 3, 'COVERAGE', 'COVERAGE_COMMUNES', ''),
    (@playlist, 4, 'NATIONAL_MAP', 'FESTIVAL_SITES', ''),
    (@playlist, 5, 'FESTIVAL', 'COVERAGE_COMMUNES', ''),
    (@playlist, 6, 'NATIONAL_MAP', 'MODELS', ''),
    (@playlist, 7, 'SPOTLIGHT', 'COVERAGE_COMMUNES', '');
