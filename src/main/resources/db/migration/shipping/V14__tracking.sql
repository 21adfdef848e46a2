-- The carrier's tracking events per waybill; a repeated event (same waybill, code and time) is stored once.
CREATE TABLE tracking_events
(
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  logistics_order_id BIGINT      NOT NULL REFERENCES logistics_orders (id),
  action_code      TEXT        NOT NULL,
  location         TEXT,
  weight_grams     INT,
  occurred_at      TIMESTAMPTZ NOT NULL,
  received_at      TIMESTAMPTZ NOT NULL,
  UNIQUE (logistics_order_id, action_code, occurred_at)
);
