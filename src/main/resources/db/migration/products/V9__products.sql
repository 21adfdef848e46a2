CREATE TABLE products
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version       INT         NOT NULL,
  seller_id     BIGINT      NOT NULL,
  store_id      BIGINT      NOT NULL,
  category_id   BIGINT      NOT NULL,
  title         TEXT        NOT NULL,
  goods_type    TEXT        NOT NULL CHECK (goods_type IN ('GENERAL', 'BATTERY', 'LIQUID', 'COSMETICS', 'POWDER', 'MAGNETIC')),
  handling_days INT         NOT NULL CHECK (handling_days BETWEEN 1 AND 30),
  created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX products_seller_idx ON products (seller_id, id);

CREATE TABLE product_skus
(
  product_id   BIGINT        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  seller_id    BIGINT        NOT NULL,
  sku_code     TEXT          NOT NULL,
  attributes   TEXT          NOT NULL,
  price_minor  BIGINT        NOT NULL CHECK (price_minor > 0),
  currency     TEXT          NOT NULL,
  weight_grams INT           NOT NULL CHECK (weight_grams > 0),
  length_cm    NUMERIC(8, 1) NOT NULL,
  width_cm     NUMERIC(8, 1) NOT NULL,
  height_cm    NUMERIC(8, 1) NOT NULL,
  hs_code      TEXT,
  position     INT           NOT NULL,
  PRIMARY KEY (product_id, sku_code)
);
CREATE UNIQUE INDEX product_skus_code_per_seller ON product_skus (seller_id, sku_code);

-- Per SKU and country, the warehouse it ships from; a SKU without one ships from China.
CREATE TABLE product_ship_from
(
  product_id   BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  sku_code     TEXT   NOT NULL,
  country      TEXT   NOT NULL,
  warehouse_id BIGINT NOT NULL,
  PRIMARY KEY (product_id, sku_code, country)
);
