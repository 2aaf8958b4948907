--liquibase formatted sql

--changeset antq:017-watchlist-slide
-- A playlist may show the provinces to watch ("tỉnh cần chú ý": targets at risk or behind, open alerts).
ALTER TABLE playlist_slide DROP CONSTRAINT ck_playlist_slide_kind;
ALTER TABLE playlist_slide ADD CONSTRAINT ck_playlist_slide_kind
    CHECK (kind IN ('NATIONAL_MAP', 'RANKING', 'NATIONAL_TREND', 'COVERAGE', 'FESTIVAL', 'SPOTLIGHT', 'WATCHLIST'));
