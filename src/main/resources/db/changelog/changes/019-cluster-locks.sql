--liquibase formatted sql

--changeset antq:019-cluster-locks
-- Jobs that must run once per cluster (the daily alerts, the digest mail) take a named lock here (ShedLock's table).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
