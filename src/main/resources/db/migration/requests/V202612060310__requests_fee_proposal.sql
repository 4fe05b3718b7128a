-- 条例第四十二条 "可以收取": past the thresholds of 国办函〔2020〕109号 the platform proposes a fee, and the disclosure
-- office decides to charge (the fee notice then goes out) or to waive it, with a reason. One proposal per request.
CREATE TABLE requests_fee_proposal (
    id           BIGSERIAL PRIMARY KEY,
    request_id   BIGINT       NOT NULL UNIQUE REFERENCES requests_request (id),
    amount       INT          NOT NULL CHECK (amount > 0),
    basis        VARCHAR(200) NOT NULL,
    proposed_on  DATE         NOT NULL,
    decision     VARCHAR(10)  CHECK (decision IN ('CHARGE', 'WAIVE')),
    reason       VARCHAR(500),
    decided_by   VARCHAR(40),
    decided_on   DATE,
    CHECK ((decision IS NULL AND reason IS NULL AND decided_by IS NULL AND decided_on IS NULL)
        OR (decision IS NOT NULL AND reason IS NOT NULL AND decided_by IS NOT NULL AND decided_on IS NOT NULL))
);
-- The office's desk lists the proposals awaiting a decision.
CREATE INDEX requests_fee_proposal_pending ON requests_fee_proposal (request_id) WHERE decision IS NULL;

-- Fee notices sent before this change went out without a recorded decision: they are kept as charged, saying so.
INSERT INTO requests_fee_proposal (request_id, amount, basis, proposed_on, decision, reason, decided_by, decided_on)
SELECT id, fee_amount, fee_basis, fee_notice_on, 'CHARGE', '收费决定记录功能上线前由平台直接发出收费通知，未记录决定理由',
       'system', fee_notice_on
FROM requests_request
WHERE fee_notice_on IS NOT NULL;
