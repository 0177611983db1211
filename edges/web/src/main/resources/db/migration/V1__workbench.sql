-- The workbench store: portable SQL that runs on SQLite and PostgreSQL alike.
-- Ids are random text chosen by the server; times are epoch milliseconds; bodies are JSON text.

CREATE TABLE cases (
    id        VARCHAR(40)  PRIMARY KEY,
    name      VARCHAR(500) NOT NULL,
    body      TEXT         NOT NULL,
    revision  INTEGER      NOT NULL,
    created   BIGINT       NOT NULL,
    updated   BIGINT       NOT NULL
);

CREATE TABLE analyses (
    id            VARCHAR(40) PRIMARY KEY,
    case_id       VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_revision INTEGER     NOT NULL,
    body          TEXT        NOT NULL,
    created       BIGINT      NOT NULL
);
CREATE INDEX analyses_case ON analyses (case_id, case_revision);

CREATE TABLE rehearsals (
    id            VARCHAR(40) PRIMARY KEY,
    case_id       VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_revision INTEGER     NOT NULL,
    request       TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    created       BIGINT      NOT NULL
);
CREATE INDEX rehearsals_case ON rehearsals (case_id);

CREATE TABLE tournaments (
    id       VARCHAR(40) PRIMARY KEY,
    request  TEXT        NOT NULL,
    status   VARCHAR(20) NOT NULL,
    total    INTEGER     NOT NULL,
    done     INTEGER     NOT NULL,
    error    TEXT,
    created  BIGINT      NOT NULL,
    finished BIGINT
);

CREATE TABLE tournament_sessions (
    tournament_id VARCHAR(40)  NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
    seq           INTEGER      NOT NULL,
    session_id    VARCHAR(1000) NOT NULL,
    body          TEXT         NOT NULL,
    PRIMARY KEY (tournament_id, seq)
);

CREATE TABLE plays (
    id            VARCHAR(40) PRIMARY KEY,
    case_id       VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_revision INTEGER     NOT NULL,
    request       TEXT        NOT NULL,
    status        VARCHAR(20) NOT NULL,
    result        TEXT,
    created       BIGINT      NOT NULL,
    finished      BIGINT
);

-- One row per person seat: the SHA-256 of its secret link token, never the token itself.
CREATE TABLE play_seats (
    token_hash VARCHAR(64) PRIMARY KEY,
    play_id    VARCHAR(40) NOT NULL REFERENCES plays (id) ON DELETE CASCADE,
    party      INTEGER     NOT NULL
);
