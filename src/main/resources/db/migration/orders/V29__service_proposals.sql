-- A logistics service the seller proposes to the buyer, who chose none or one that cannot carry the parcel (R-H3,
-- seed 003); sent as an order message, made the buyer's service when the buyer accepts it.
CREATE TABLE service_proposals
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id     BIGINT      NOT NULL REFERENCES orders (id),
  seller_id    BIGINT      NOT NULL,
  service_code TEXT        NOT NULL,
  message_id   BIGINT      NOT NULL REFERENCES order_messages (id),
  status       TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'SUPERSEDED')),
  proposed_at  TIMESTAMPTZ NOT NULL,
  decided_at   TIMESTAMPTZ
);
CREATE INDEX service_proposals_order_idx ON service_proposals (order_id);

-- When the seller shipped on a service the buyer neither chose nor accepted, taking the dispute risk (R-H3).
ALTER TABLE orders ADD COLUMN service_mismatch_confirmed_at TIMESTAMPTZ;
