-- Mediated sessions between people (the workbench's neutral mediator): the request (the case as
-- it was, rounds, seed, mediator, instructions), the status, and once over the session JSON with
-- the preferences each person confided. One row per person seat: the SHA-256 of its secret link
-- token, never the token itself.

CREATE TABLE mediations (
    id            VARCHAR(40) PRIMARY KEY,
    case_id       VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_revision INTEGER     NOT NULL,
    request       TEXT        NOT NULL,
    status        VARCHAR(20) NOT NULL,
    result        TEXT,
    created       BIGINT      NOT NULL,
    finished      BIGINT
);

CREATE TABLE mediation_seats (
    token_hash   VARCHAR(64) PRIMARY KEY,
    mediation_id VARCHAR(40) NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    party        INTEGER     NOT NULL
);
