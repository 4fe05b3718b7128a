-- 政府网站找错: reports from anyone about errors on the site, handled by the county's disclosure office.
CREATE TABLE sitefeedback_report (
    id           BIGSERIAL PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    page         VARCHAR(300)  NOT NULL DEFAULT '',
    description  VARCHAR(1000) NOT NULL,
    contact_name VARCHAR(30)   NOT NULL DEFAULT '',
    -- sealed with DOORSTEP_DATA_KEY (PersonalData), never the number itself
    contact      VARCHAR(400),
    submitted_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    handled_at   TIMESTAMPTZ,
    handled_by   VARCHAR(100),
    note         VARCHAR(500)
);
-- the office's lists: newest first, and those still waiting
CREATE INDEX sitefeedback_report_newest ON sitefeedback_report (submitted_at DESC, id DESC);
CREATE INDEX sitefeedback_report_waiting ON sitefeedback_report (submitted_at DESC, id DESC) WHERE handled_at IS NULL;
