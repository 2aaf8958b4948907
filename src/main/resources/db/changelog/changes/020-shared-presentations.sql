--liquibase formatted sql

--changeset antq:020-shared-presentations
-- What presentation screens share through the database, so that any node of a cluster serves them alike and a
-- restart loses nothing: the frozen figures they show (presentation/Snapshots) and the slide a presenter shows to
-- the screens that follow (presentation/RoomBoard). Keys are SHA-256 of the presentation key, hex.
CREATE TABLE presentation_snapshot (
    key_hash         CHAR(64)     NOT NULL PRIMARY KEY,
    presentation_key TEXT         NOT NULL,
    taken_at         TIMESTAMP(3) NOT NULL,
    body             LONGBLOB     NOT NULL COMMENT 'the snapshot, Java-serialised and gzipped',
    INDEX ix_presentation_snapshot_taken (taken_at)
);

CREATE TABLE presentation_room (
    key_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    position  INT          NOT NULL COMMENT 'the slide the presenter shows, from 0',
    moved_at  TIMESTAMP(3) NOT NULL,
    led_until TIMESTAMP(3) NOT NULL COMMENT 'a presenter leads the room until then unless it says again'
);
