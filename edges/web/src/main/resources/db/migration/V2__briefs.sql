-- Preparation briefs: the request, the status, and the brief as HTML and as Markdown with its SVG
-- charts (a JSON object: file name -> text).

CREATE TABLE briefs (
    id            VARCHAR(40) PRIMARY KEY,
    case_id       VARCHAR(40) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    case_revision INTEGER     NOT NULL,
    request       TEXT        NOT NULL,
    status        VARCHAR(20) NOT NULL,
    error         TEXT,
    html          TEXT,
    markdown      TEXT,
    created       BIGINT      NOT NULL,
    finished      BIGINT
);
CREATE INDEX briefs_case ON briefs (case_id);
