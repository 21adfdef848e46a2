CREATE TABLE payments
(
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version        INT         NOT NULL,
  seller_id      BIGINT      NOT NULL,
  purpose        TEXT        NOT NULL,
  reference      TEXT        NOT NULL,
  provider       TEXT        NOT NULL,
  provider_ref   TEXT UNIQUE,
  pay_url        TEXT,
  amount_minor   BIGINT      NOT NULL CHECK (amount_minor >= 0),
  currency       TEXT        NOT NULL,
  status         TEXT        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED')),
  created_at     TIMESTAMPTZ NOT NULL,
  completed_at   TIMESTAMPTZ
);
-- One live payment per purpose: paying twice never charges twice.
CREATE UNIQUE INDEX payments_one_live_per_reference ON payments (reference) WHERE status IN ('PENDING', 'SUCCEEDED');
CREATE INDEX payments_seller_idx ON payments (seller_id, id);

-- Double entry: the entries of one transaction sum to zero per currency; positive is a debit.
CREATE TABLE ledger_entries
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_ref TEXT        NOT NULL,
  account         TEXT        NOT NULL,
  seller_id       BIGINT,
  amount_minor    BIGINT      NOT NULL,
  currency        TEXT        NOT NULL,
  description     TEXT        NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  UNIQUE (transaction_ref, account)
);
CREATE INDEX ledger_entries_seller_idx ON ledger_entries (seller_id, id);

-- The sandbox payment providers' own books: an outside system simulated in this process.
CREATE TABLE sandbox_payments
(
  provider_ref       TEXT PRIMARY KEY,
  provider           TEXT        NOT NULL,
  merchant_reference TEXT        NOT NULL,
  amount_minor       BIGINT      NOT NULL,
  currency           TEXT        NOT NULL,
  subject            TEXT        NOT NULL,
  notify_url         TEXT        NOT NULL,
  status             TEXT        NOT NULL CHECK (status IN ('WAITING', 'PAID', 'DECLINED', 'CLOSED')),
  created_at         TIMESTAMPTZ NOT NULL
);
