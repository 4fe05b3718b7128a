-- 政务公开: standard catalogue per government, government documents, review and publishing.

CREATE TABLE disclosure_node (
    id             BIGSERIAL PRIMARY KEY,
    division_code  VARCHAR(12)  NOT NULL,
    parent_id      BIGINT REFERENCES disclosure_node (id),
    name           VARCHAR(100) NOT NULL,
    position       INT          NOT NULL DEFAULT 0,
    fixed          BOOLEAN      NOT NULL DEFAULT FALSE,
    content        TEXT         NOT NULL DEFAULT '',
    basis          TEXT         NOT NULL DEFAULT '',
    time_limit     VARCHAR(200) NOT NULL DEFAULT '',
    subject        VARCHAR(200) NOT NULL DEFAULT '',
    method         VARCHAR(200) NOT NULL DEFAULT '',
    channel        VARCHAR(200) NOT NULL DEFAULT '',
    audience       VARCHAR(200) NOT NULL DEFAULT '',
    attribute      VARCHAR(20)  NOT NULL DEFAULT 'PROACTIVE',
    exempt_ground  VARCHAR(20),
    removed        BOOLEAN      NOT NULL DEFAULT FALSE,
    version        INT          NOT NULL DEFAULT 1
);
-- The four first-level nodes every government has exist once, even when two requests create them at the same time.
CREATE UNIQUE INDEX disclosure_node_fixed ON disclosure_node (division_code, name) WHERE fixed;
CREATE INDEX disclosure_node_division ON disclosure_node (division_code, parent_id);

CREATE TABLE disclosure_node_history (
    id             BIGSERIAL PRIMARY KEY,
    node_id        BIGINT       NOT NULL REFERENCES disclosure_node (id),
    division_code  VARCHAR(12)  NOT NULL,
    version        INT          NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    snapshot       TEXT         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    changed_by     VARCHAR(100) NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX disclosure_node_history_division ON disclosure_node_history (division_code, changed_at DESC);

-- One counter per organ and year, bumped in the creating transaction, so an index number is never reused.
CREATE TABLE disclosure_index_counter (
    organ_code  VARCHAR(20) NOT NULL,
    year        INT         NOT NULL,
    last_serial INT         NOT NULL,
    PRIMARY KEY (organ_code, year)
);

CREATE TABLE disclosure_document (
    id               BIGSERIAL PRIMARY KEY,
    index_number     VARCHAR(40)  NOT NULL UNIQUE,
    division_code    VARCHAR(12)  NOT NULL,
    unit_code        VARCHAR(40)  NOT NULL,
    title            VARCHAR(300) NOT NULL,
    document_number  VARCHAR(60),
    publisher_code   VARCHAR(40)  NOT NULL,
    publisher_name   VARCHAR(100) NOT NULL,
    written_on       DATE         NOT NULL,
    published_on     DATE,
    effective_on     DATE,
    expires_on       DATE,
    validity         VARCHAR(10)  NOT NULL DEFAULT 'VALID',
    repealed_by      VARCHAR(300),
    topic            VARCHAR(60)  NOT NULL DEFAULT '',
    genre            VARCHAR(60)  NOT NULL DEFAULT '',
    keywords         VARCHAR(300) NOT NULL DEFAULT '',
    body             TEXT         NOT NULL DEFAULT '',
    interprets_id    BIGINT REFERENCES disclosure_document (id),
    state            VARCHAR(12)  NOT NULL,
    publish_at       TIMESTAMPTZ,
    published_at     TIMESTAMPTZ,
    version          INT          NOT NULL DEFAULT 1,
    author           VARCHAR(100) NOT NULL,
    reviewer         VARCHAR(100),
    return_reason    VARCHAR(500),
    withdraw_reason  VARCHAR(500),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX disclosure_document_state ON disclosure_document (state);
CREATE INDEX disclosure_document_interprets ON disclosure_document (interprets_id);

CREATE TABLE disclosure_document_node (
    document_id BIGINT NOT NULL REFERENCES disclosure_document (id),
    node_id     BIGINT NOT NULL REFERENCES disclosure_node (id),
    PRIMARY KEY (document_id, node_id)
);
CREATE INDEX disclosure_document_node_node ON disclosure_document_node (node_id);

CREATE TABLE disclosure_attachment (
    document_id  BIGINT       NOT NULL REFERENCES disclosure_document (id),
    sha256       CHAR(64)     NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    file_type    VARCHAR(20)  NOT NULL,
    size         BIGINT       NOT NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (document_id, sha256)
);

-- Earlier versions of a revised document, shown on its public page.
CREATE TABLE disclosure_revision (
    document_id BIGINT       NOT NULL REFERENCES disclosure_document (id),
    version     INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    note        VARCHAR(500) NOT NULL,
    revised_by  VARCHAR(100) NOT NULL,
    revised_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, version)
);
