-- R-S4: the qualification documents the chosen major category requires, and their one review
ALTER TABLE seller_categories
  ADD COLUMN qualification_status           TEXT NOT NULL DEFAULT 'DRAFT',
  ADD COLUMN qualification_review_id        BIGINT,
  ADD COLUMN qualification_rejection_reasons TEXT NOT NULL DEFAULT '',
  ADD COLUMN qualification_review_comment   TEXT;

CREATE TABLE seller_qualifications
(
  seller_id   BIGINT      NOT NULL,
  category_id BIGINT      NOT NULL,
  code        TEXT        NOT NULL,
  document_id BIGINT      NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (seller_id, category_id, code)
);
