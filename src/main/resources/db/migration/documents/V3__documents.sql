CREATE TABLE documents
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seller_id    BIGINT      NOT NULL,
  uploaded_by  BIGINT      NOT NULL,
  storage_key  TEXT        NOT NULL UNIQUE,
  file_name    TEXT,
  purpose      TEXT,
  content_type TEXT        NOT NULL,
  size         BIGINT      NOT NULL,
  sha256       TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_seller_idx ON documents (seller_id, id);
