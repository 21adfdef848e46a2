CREATE TABLE warehouses
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version       INT         NOT NULL,
  seller_id     BIGINT      NOT NULL,
  name          TEXT        NOT NULL,
  kind          TEXT        NOT NULL CHECK (kind IN ('SELF_BUILT', 'THIRD_PARTY')),
  country       TEXT        NOT NULL,
  address       TEXT        NOT NULL,
  provider_name TEXT,
  customer_code TEXT,
  is_default    BOOLEAN     NOT NULL DEFAULT false,
  created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX warehouses_seller_idx ON warehouses (seller_id, id);

-- SKUs as inventory knows them (registered by products): what a unit weighs and measures.
CREATE TABLE stock_skus
(
  seller_id    BIGINT NOT NULL,
  sku_code     TEXT   NOT NULL,
  weight_grams INT    NOT NULL,
  length_cm    NUMERIC(8, 1) NOT NULL,
  width_cm     NUMERIC(8, 1) NOT NULL,
  height_cm    NUMERIC(8, 1) NOT NULL,
  price_minor  BIGINT NOT NULL,
  currency     TEXT   NOT NULL,
  hs_code      TEXT,
  PRIMARY KEY (seller_id, sku_code)
);

CREATE TABLE inventory
(
  warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
  sku_code     TEXT   NOT NULL,
  seller_id    BIGINT NOT NULL,
  available    INT    NOT NULL CHECK (available >= 0),
  in_transit   INT    NOT NULL CHECK (in_transit >= 0),
  reserved     INT    NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= available),
  PRIMARY KEY (warehouse_id, sku_code)
);

-- Every change of stock, so that storage is billed from actual stock-days.
CREATE TABLE inventory_movements
(
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  warehouse_id     BIGINT      NOT NULL,
  sku_code         TEXT        NOT NULL,
  available_delta  INT         NOT NULL,
  in_transit_delta INT         NOT NULL,
  reason           TEXT        NOT NULL,
  occurred_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX inventory_movements_idx ON inventory_movements (warehouse_id, sku_code, occurred_at);

CREATE TABLE inbound_shipments
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version               INT         NOT NULL,
  seller_id             BIGINT      NOT NULL,
  warehouse_id          BIGINT      NOT NULL REFERENCES warehouses (id),
  mode                  TEXT        NOT NULL CHECK (mode IN ('SEA', 'AIR')),
  first_leg_tracking_no TEXT        NOT NULL,
  status                TEXT        NOT NULL CHECK (status IN ('IN_TRANSIT', 'PARTIALLY_RECEIVED', 'RECEIVED')),
  created_at            TIMESTAMPTZ NOT NULL
);

CREATE TABLE inbound_items
(
  shipment_id BIGINT NOT NULL REFERENCES inbound_shipments (id),
  sku_code    TEXT   NOT NULL,
  quantity    INT    NOT NULL CHECK (quantity > 0),
  received    INT    NOT NULL CHECK (received >= 0 AND received <= quantity),
  PRIMARY KEY (shipment_id, sku_code)
);

CREATE TABLE overseas_applications
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version           INT         NOT NULL,
  seller_id         BIGINT      NOT NULL,
  warehouse_id      BIGINT      NOT NULL REFERENCES warehouses (id),
  countries         TEXT        NOT NULL,
  materials         TEXT        NOT NULL,
  status            TEXT        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
  review_id         BIGINT,
  rejection_reasons TEXT        NOT NULL DEFAULT '',
  review_comment    TEXT,
  created_by        BIGINT      NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX overseas_applications_seller_idx ON overseas_applications (seller_id, id);

-- Granted to the seller, so to its main account and every sub-account at once (R-W4).
CREATE TABLE overseas_permissions
(
  seller_id      BIGINT      NOT NULL,
  country        TEXT        NOT NULL,
  application_id BIGINT      NOT NULL,
  granted_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (seller_id, country)
);

CREATE TABLE fee_schedules
(
  warehouse_id BIGINT PRIMARY KEY REFERENCES warehouses (id),
  seller_id    BIGINT      NOT NULL,
  schedule     TEXT        NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL
);
