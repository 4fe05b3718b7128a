-- 依申请公开: applications, the notices sent to applicants, and reconsiderations and lawsuits about them.

CREATE TABLE requests_counter (
    year  INT PRIMARY KEY,
    last  INT NOT NULL
);

CREATE TABLE requests_request (
    id                      BIGSERIAL PRIMARY KEY,
    number                  VARCHAR(20)  NOT NULL UNIQUE,
    division_code           VARCHAR(12)  NOT NULL,
    applicant_type          VARCHAR(20)  NOT NULL,
    applicant_name          VARCHAR(100) NOT NULL,
    -- 身份证号 of a natural person or 统一社会信用代码 of an organisation, normalised; the fee count keys on it.
    identity_number         VARCHAR(18)  NOT NULL,
    contact_name            VARCHAR(60),
    mobile                  VARCHAR(11)  NOT NULL,
    email                   VARCHAR(100),
    address                 VARCHAR(200),
    description             TEXT         NOT NULL,
    delivery                VARCHAR(20)  NOT NULL,
    channel                 VARCHAR(20)  NOT NULL,
    submitted_at            TIMESTAMPTZ  NOT NULL,
    received_on             DATE,
    account_login           VARCHAR(40),
    entered_by              VARCHAR(40),
    state                   VARCHAR(20)  NOT NULL,
    supplement_items        TEXT,
    supplement_notice_on    DATE,
    supplement_due          DATE,
    supplement_text         TEXT,
    supplement_received_on  DATE,
    consultation_party      VARCHAR(200),
    consultation_from       DATE,
    consultation_until      DATE,
    extension_days          INT          NOT NULL DEFAULT 0,
    extension_approver      VARCHAR(60),
    extension_on            DATE,
    extension_reason        VARCHAR(500),
    fee_amount              INT,
    fee_basis               VARCHAR(200),
    fee_notice_on           DATE,
    fee_due                 DATE,
    fee_paid_on             DATE,
    outcome                 VARCHAR(40),
    replied_on              DATE,
    reply_text              TEXT,
    withheld                TEXT,
    withheld_reason         TEXT,
    replied_by              VARCHAR(40),
    version                 INT          NOT NULL DEFAULT 0
);
CREATE INDEX requests_request_division ON requests_request (division_code, state);
CREATE INDEX requests_request_identity ON requests_request (identity_number, received_on);
CREATE INDEX requests_request_account ON requests_request (account_login);

CREATE TABLE requests_notice (
    id          BIGSERIAL PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES requests_request (id),
    at          TIMESTAMPTZ  NOT NULL,
    on_date     DATE         NOT NULL,
    title       VARCHAR(100) NOT NULL,
    text        TEXT         NOT NULL
);
CREATE INDEX requests_notice_request ON requests_notice (request_id);

CREATE TABLE requests_remedy (
    id           BIGSERIAL PRIMARY KEY,
    request_id   BIGINT       NOT NULL REFERENCES requests_request (id),
    kind         VARCHAR(40)  NOT NULL,
    result       VARCHAR(20)  NOT NULL,
    filed_on     DATE         NOT NULL,
    decided_on   DATE,
    note         VARCHAR(500),
    recorded_by  VARCHAR(40)  NOT NULL
);
CREATE INDEX requests_remedy_request ON requests_remedy (request_id);
