-- The seller's International Alipay withholding agreement that pays online freight (R-H2).
CREATE TABLE freight_accounts
(
  seller_id    BIGINT PRIMARY KEY,
  version      INT         NOT NULL,
  provider     TEXT        NOT NULL,
  account_no   TEXT        NOT NULL,
  agreement_no TEXT        NOT NULL,
  bound        BOOLEAN     NOT NULL,
  bound_at     TIMESTAMPTZ NOT NULL,
  unbound_at   TIMESTAMPTZ
);
