CREATE TABLE orders
(
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version                INT         NOT NULL,
  seller_id              BIGINT      NOT NULL,
  store_id               BIGINT      NOT NULL,
  buyer_id               BIGINT      NOT NULL,
  buyer_name             TEXT        NOT NULL,
  order_status           TEXT        NOT NULL,
  previous_status        TEXT,
  logistics_status       TEXT        NOT NULL,
  fund_status            TEXT        NOT NULL,
  frozen_status          TEXT        NOT NULL,
  issue_status           TEXT        NOT NULL,
  end_reason             TEXT,
  logistics_service_code TEXT,
  shipping_address       TEXT        NOT NULL,
  destination_country    TEXT        NOT NULL,
  total_minor            BIGINT      NOT NULL,
  currency               TEXT        NOT NULL,
  created_at             TIMESTAMPTZ NOT NULL,
  paid_at                TIMESTAMPTZ,
  ship_by                TIMESTAMPTZ,
  receipt_deadline       TIMESTAMPTZ,
  receipt_extended_days  INT         NOT NULL DEFAULT 0,
  cancel_reason          TEXT,
  issue_reason           TEXT,
  finished_at            TIMESTAMPTZ
);
CREATE INDEX orders_seller_status_idx ON orders (seller_id, order_status, created_at DESC, id DESC);
CREATE INDEX orders_seller_created_idx ON orders (seller_id, created_at DESC, id DESC);
CREATE INDEX orders_buyer_idx ON orders (buyer_id, id DESC);

CREATE TABLE order_lines
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id          BIGINT  NOT NULL REFERENCES orders (id),
  position          INT     NOT NULL,
  product_id        BIGINT  NOT NULL,
  sku_code          TEXT    NOT NULL,
  title             TEXT    NOT NULL,
  goods_type        TEXT    NOT NULL,
  attributes        TEXT    NOT NULL,
  quantity          INT     NOT NULL CHECK (quantity > 0),
  shipped_quantity  INT     NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0 AND shipped_quantity <= quantity),
  unit_price_minor  BIGINT  NOT NULL,
  handling_days     INT     NOT NULL,
  warehouse_id      BIGINT  NOT NULL,
  ship_from_country TEXT    NOT NULL
);
CREATE INDEX order_lines_order_idx ON order_lines (order_id, position);

CREATE TABLE shipping_notices
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id              BIGINT      NOT NULL REFERENCES orders (id),
  seller_id             BIGINT      NOT NULL,
  send_type             TEXT        NOT NULL CHECK (send_type IN ('ALL', 'PART')),
  service_name          TEXT        NOT NULL,
  tracking_no           TEXT        NOT NULL,
  carrier               TEXT,
  tracking_website      TEXT,
  offline               BOOLEAN     NOT NULL,
  platform_compensation BOOLEAN     NOT NULL,
  items                 TEXT        NOT NULL,
  created_at            TIMESTAMPTZ NOT NULL,
  modified_at           TIMESTAMPTZ
);
CREATE INDEX shipping_notices_order_idx ON shipping_notices (order_id);
CREATE INDEX shipping_notices_tracking_idx ON shipping_notices (seller_id, tracking_no);

CREATE TABLE order_messages
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id          BIGINT      NOT NULL REFERENCES orders (id),
  sender            TEXT        NOT NULL CHECK (sender IN ('SELLER', 'BUYER')),
  sender_account_id BIGINT      NOT NULL,
  body              TEXT        NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  read_at           TIMESTAMPTZ
);
CREATE INDEX order_messages_order_idx ON order_messages (order_id, id);

-- Durable timers: one row per pending deadline; firing deletes it in the transaction that applies it,
-- and rows are claimed with SKIP LOCKED, so each fires once across instances and survives restarts.
CREATE TABLE order_deadlines
(
  order_id BIGINT      NOT NULL REFERENCES orders (id),
  kind     TEXT        NOT NULL,
  due_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (order_id, kind)
);
CREATE INDEX order_deadlines_due_idx ON order_deadlines (due_at);
