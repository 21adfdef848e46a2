-- Sellers' ERP apps speaking the marketplace's open-platform protocol: the app (its secret signs every call, so it
-- is kept as given; tokens and codes are kept as their SHA-256 only), authorization codes and access tokens.
CREATE TABLE open_apps (
    id               BIGSERIAL PRIMARY KEY,
    seller_id        BIGINT NOT NULL,
    account_id       BIGINT NOT NULL,
    name             TEXT NOT NULL,
    callback_url     TEXT NOT NULL,
    app_key          TEXT NOT NULL UNIQUE,
    app_secret       TEXT NOT NULL,
    calls_per_minute INT NOT NULL,
    topics           TEXT[] NOT NULL DEFAULT '{}',
    created_at       TIMESTAMPTZ NOT NULL,
    secret_rotated_at TIMESTAMPTZ,
    revoked_at       TIMESTAMPTZ
);
CREATE INDEX open_apps_seller ON open_apps (seller_id);

CREATE TABLE open_authorization_codes (
    code_hash    TEXT PRIMARY KEY,
    app_id       BIGINT NOT NULL REFERENCES open_apps (id),
    account_id   BIGINT NOT NULL,
    redirect_uri TEXT NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

CREATE TABLE open_access_tokens (
    id                 BIGSERIAL PRIMARY KEY,
    app_id             BIGINT NOT NULL REFERENCES open_apps (id),
    account_id         BIGINT NOT NULL,
    seller_id          BIGINT NOT NULL,
    token_hash         TEXT NOT NULL UNIQUE,
    refresh_hash       TEXT NOT NULL UNIQUE,
    created_at         TIMESTAMPTZ NOT NULL,
    expires_at         TIMESTAMPTZ NOT NULL,
    refresh_expires_at TIMESTAMPTZ NOT NULL,
    revoked_at         TIMESTAMPTZ
);
CREATE INDEX open_access_tokens_app ON open_access_tokens (app_id);

-- The push outbox: one row per app and event, written in the transaction that records the event; delivered in
-- order per order (ordering_key), retried with backoff until it is given up after a day.
CREATE TABLE open_push_messages (
    id              BIGSERIAL PRIMARY KEY,
    message_id      TEXT NOT NULL UNIQUE,
    app_id          BIGINT NOT NULL REFERENCES open_apps (id),
    topic           TEXT NOT NULL,
    ordering_key    TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ,
    given_up_at     TIMESTAMPTZ,
    last_status     INT,
    last_error      TEXT
);
CREATE INDEX open_push_messages_due ON open_push_messages (next_attempt_at) WHERE delivered_at IS NULL AND given_up_at IS NULL;
CREATE INDEX open_push_messages_app ON open_push_messages (app_id, id DESC);
