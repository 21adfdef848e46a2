-- What the seller is told, newest first; read_at once an account of the seller has opened it.
CREATE TABLE notifications
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seller_id  BIGINT      NOT NULL,
  kind       TEXT        NOT NULL,
  subject_id BIGINT      NOT NULL,
  detail     TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  read_at    TIMESTAMPTZ
);
CREATE INDEX notifications_seller_idx ON notifications (seller_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (seller_id, kind) WHERE read_at IS NULL;
