-- seed 001: lines shipped from an overseas warehouse are packed and shipped there, on an outbound order to it
CREATE TABLE overseas_fulfilments
(
  id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seller_id           BIGINT      NOT NULL,
  order_id            BIGINT      NOT NULL,
  warehouse_id        BIGINT      NOT NULL,
  warehouse_kind      TEXT        NOT NULL,
  status              TEXT        NOT NULL,
  items               JSONB       NOT NULL,
  fees                JSONB       NOT NULL,
  service_name        TEXT,
  tracking_no         TEXT,
  carrier             TEXT,
  notice_id           BIGINT,
  requested_at        TIMESTAMPTZ NOT NULL,
  shipped_at          TIMESTAMPTZ,
  cancelled_at        TIMESTAMPTZ
);
CREATE INDEX overseas_fulfilments_order_idx ON overseas_fulfilments (order_id);
CREATE UNIQUE INDEX overseas_fulfilments_one_live ON overseas_fulfilments (order_id, warehouse_id) WHERE status = 'REQUESTED';
