CREATE TABLE sellers
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  display_name TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE buyers
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  display_name TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE accounts
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version       INT         NOT NULL,
  email         TEXT        NOT NULL,
  password_hash TEXT        NOT NULL,
  display_name  TEXT        NOT NULL,
  kind          TEXT        NOT NULL CHECK (kind IN ('MAIN', 'SUB', 'STAFF', 'BUYER')),
  seller_id     BIGINT REFERENCES sellers (id),
  buyer_id      BIGINT REFERENCES buyers (id),
  enabled       BOOLEAN     NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  CHECK ((kind IN ('MAIN', 'SUB')) = (seller_id IS NOT NULL)),
  CHECK ((kind = 'BUYER') = (buyer_id IS NOT NULL))
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE INDEX accounts_seller_idx ON accounts (seller_id, id);
CREATE UNIQUE INDEX accounts_one_main_per_seller ON accounts (seller_id) WHERE kind = 'MAIN';

CREATE TABLE account_permissions
(
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  permission TEXT   NOT NULL CHECK (permission IN ('PRODUCTS', 'ORDERS', 'SHIPPING', 'WAREHOUSES', 'FINANCE')),
  PRIMARY KEY (account_id, permission)
);

CREATE TABLE account_roles
(
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role       TEXT   NOT NULL CHECK (role IN ('ADMIN', 'REVIEWER')),
  PRIMARY KEY (account_id, role)
);

-- Only the SHA-256 of a token is stored: a leaked table gives no usable token.
CREATE TABLE api_tokens
(
  token_hash TEXT PRIMARY KEY,
  account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_tokens_expiry_idx ON api_tokens (expires_at);

CREATE TABLE login_failures
(
  subject   TEXT        NOT NULL,
  failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_subject_idx ON login_failures (subject, failed_at);
