-- Live talks (the Live page): the record of a real negotiation of a case as it happens, kept as the
-- record file's JSON (docs/record.schema.json); offers counts its offers, so that two changes made at
-- once cannot overwrite each other.

CREATE TABLE talks (
    id       VARCHAR(40) PRIMARY KEY,
    case_id  VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    record   TEXT        NOT NULL,
    offers   INTEGER     NOT NULL,
    seed     BIGINT      NOT NULL,
    created  BIGINT      NOT NULL,
    updated  BIGINT      NOT NULL
);
CREATE INDEX talks_case ON talks (case_id);
