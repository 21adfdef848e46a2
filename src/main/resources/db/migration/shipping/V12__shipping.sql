CREATE TABLE logistics_channels
(
  service_code          TEXT PRIMARY KEY,
  version               INT     NOT NULL,
  name_en               TEXT    NOT NULL,
  name_zh               TEXT    NOT NULL,
  kind                  TEXT    NOT NULL CHECK (kind IN ('POSTAL', 'EXPRESS', 'ECONOMY')),
  accepted_goods_types  TEXT    NOT NULL,
  destination_countries TEXT    NOT NULL,
  delivery_days         INT     NOT NULL CHECK (delivery_days > 0),
  max_weight_grams      INT     NOT NULL CHECK (max_weight_grams > 0),
  max_side_cm           INT     NOT NULL CHECK (max_side_cm > 0),
  max_sum_of_sides_cm   INT     NOT NULL CHECK (max_sum_of_sides_cm > 0),
  waybill_prefix        TEXT    NOT NULL,
  tracking_pattern      TEXT    NOT NULL,
  return_fee_minor      BIGINT  NOT NULL CHECK (return_fee_minor >= 0),
  currency              TEXT    NOT NULL,
  enabled               BOOLEAN NOT NULL
);

-- Rates per destination zone; a zone with countries '*' serves every destination the channel lists.
CREATE TABLE channel_rates
(
  service_code       TEXT   NOT NULL REFERENCES logistics_channels (service_code) ON DELETE CASCADE,
  zone               TEXT   NOT NULL,
  countries          TEXT   NOT NULL,
  per_kg_minor       BIGINT NOT NULL CHECK (per_kg_minor >= 0),
  per_parcel_minor   BIGINT NOT NULL CHECK (per_parcel_minor >= 0),
  rounding_grams     INT    NOT NULL CHECK (rounding_grams > 0),
  volumetric_divisor INT    NOT NULL CHECK (volumetric_divisor > 0),
  PRIMARY KEY (service_code, zone)
);

CREATE TABLE transit_warehouses
(
  code            TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  sort_code       TEXT NOT NULL,
  address         TEXT NOT NULL,
  postal_prefixes TEXT NOT NULL
);

-- UPU S10 serial numbers: 8 digits, one sequence for every postal channel.
CREATE SEQUENCE s10_serial START 10000000 MAXVALUE 99999999;
CREATE SEQUENCE waybill_serial START 100000000000;

CREATE TABLE logistics_orders
(
  id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version                INT         NOT NULL,
  seller_id              BIGINT      NOT NULL,
  order_id               BIGINT      NOT NULL,
  service_code           TEXT        NOT NULL REFERENCES logistics_channels (service_code),
  lp_number              TEXT        NOT NULL UNIQUE,
  intl_tracking_no       TEXT        NOT NULL UNIQUE,
  status                 TEXT        NOT NULL,
  pickup_type            TEXT        NOT NULL CHECK (pickup_type IN ('DOOR_PICKUP', 'SELF_SEND')),
  undeliverable_decision TEXT        NOT NULL CHECK (undeliverable_decision IN ('RETURN', 'DESTROY')),
  transit_warehouse_code TEXT        NOT NULL REFERENCES transit_warehouses (code),
  goods_type             TEXT        NOT NULL,
  destination_country    TEXT        NOT NULL,
  receiver               TEXT        NOT NULL,
  sender                 TEXT        NOT NULL,
  pickup_address         TEXT,
  declared_items         TEXT        NOT NULL,
  package                TEXT        NOT NULL,
  estimated_freight_minor BIGINT     NOT NULL,
  actual_freight_minor   BIGINT,
  currency               TEXT        NOT NULL,
  created_at             TIMESTAMPTZ NOT NULL,
  cancelled_at           TIMESTAMPTZ
);
-- One live logistics order per order: a retry or a racing request never creates a second waybill.
CREATE UNIQUE INDEX logistics_orders_one_live_per_order ON logistics_orders (order_id) WHERE status <> 'CANCELLED';
CREATE INDEX logistics_orders_seller_idx ON logistics_orders (seller_id, id DESC);
