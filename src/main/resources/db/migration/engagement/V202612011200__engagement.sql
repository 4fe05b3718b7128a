-- 点题公开 topics, the steps told to their proposers, and consultations (咨询) logged by officers.

CREATE TABLE engagement_counter (
    year  INT PRIMARY KEY,
    last  INT NOT NULL
);

CREATE TABLE engagement_topic (
    id               BIGSERIAL PRIMARY KEY,
    number           VARCHAR(20)  NOT NULL UNIQUE,
    division_code    VARCHAR(12)  NOT NULL,
    title            VARCHAR(100) NOT NULL,
    content          TEXT         NOT NULL,
    contact_name     VARCHAR(60)  NOT NULL,
    phone            VARCHAR(20)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    account_login    VARCHAR(40),
    entered_by       VARCHAR(40),
    proposed_on      DATE         NOT NULL,
    submitted_at     TIMESTAMPTZ  NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    decided_on       DATE,
    decided_by       VARCHAR(40),
    decline_reason   VARCHAR(1000),
    department_code  VARCHAR(40),
    department_name  VARCHAR(100),
    feedback_days    INT,
    notice_text      TEXT,
    answer           TEXT,
    answered_on      DATE,
    answered_by      VARCHAR(40),
    document_id      BIGINT,
    document_path    VARCHAR(200),
    published_on     DATE,
    version          INT          NOT NULL DEFAULT 0
);
CREATE INDEX engagement_topic_division ON engagement_topic (division_code, state);
CREATE INDEX engagement_topic_account ON engagement_topic (account_login);
CREATE INDEX engagement_topic_document ON engagement_topic (document_id);

CREATE TABLE engagement_topic_notice (
    id        BIGSERIAL PRIMARY KEY,
    topic_id  BIGINT       NOT NULL REFERENCES engagement_topic (id),
    at        TIMESTAMPTZ  NOT NULL,
    on_date   DATE         NOT NULL,
    title     VARCHAR(100) NOT NULL,
    text      TEXT         NOT NULL
);
CREATE INDEX engagement_topic_notice_topic ON engagement_topic_notice (topic_id);

CREATE TABLE engagement_consultation (
    id             BIGSERIAL PRIMARY KEY,
    unit_code      VARCHAR(40)  NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    question       TEXT         NOT NULL,
    answer         TEXT         NOT NULL,
    minutes        INT          NOT NULL,
    asked_on       DATE         NOT NULL,
    recorded_by    VARCHAR(40)  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX engagement_consultation_asked ON engagement_consultation (asked_on);
