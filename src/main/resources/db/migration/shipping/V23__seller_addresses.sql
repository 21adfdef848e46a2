-- The seller's address book: where parcels are sent from, collected at, and returned to; one default per kind.
CREATE TABLE seller_addresses
(
    id             BIGSERIAL PRIMARY KEY,
    seller_id      BIGINT      NOT NULL,
    type           TEXT        NOT NULL CHECK (type IN ('SENDER', 'PICKUP', 'REFUND')),
    name           TEXT        NOT NULL,
    mobile         TEXT        NOT NULL,
    country        TEXT        NOT NULL,
    province       TEXT,
    city           TEXT        NOT NULL,
    street_address TEXT        NOT NULL,
    postcode       TEXT        NOT NULL,
    is_default     BOOLEAN     NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX seller_addresses_seller_idx ON seller_addresses (seller_id, type, id);
CREATE UNIQUE INDEX seller_addresses_one_default ON seller_addresses (seller_id, type) WHERE is_default;
