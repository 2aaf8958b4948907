--liquibase formatted sql

--changeset antq:013-playlist-structure
-- The administrative structure a playlist's figures are shown on (docs/GEOGRAPHY.md): CURRENT, today's 34 provinces
-- with every year restated onto them, or REPORTED, the structure of the year. Playlists stored before this change were
-- shown as reported and stay so; new ones are on today's structure unless chosen otherwise.
ALTER TABLE playlist ADD COLUMN structure VARCHAR(10) NOT NULL DEFAULT 'REPORTED';
ALTER TABLE playlist ALTER COLUMN structure SET DEFAULT 'CURRENT';
ALTER TABLE playlist ADD CONSTRAINT ck_playlist_structure CHECK (structure IN ('CURRENT', 'REPORTED'));
