-- More sub-categories for an approved brand: each request is a new authorization with its own review (R-S6).
CREATE TABLE brand_authorizations
(
  id                        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version                   INT         NOT NULL,
  seller_id                 BIGINT      NOT NULL,
  brand_id                  BIGINT      NOT NULL REFERENCES brands (id),
  authorization_document_id BIGINT,
  status                    TEXT        NOT NULL CHECK (status IN ('IN_REVIEW', 'APPROVED', 'REJECTED')),
  review_id                 BIGINT,
  rejection_reasons         TEXT        NOT NULL DEFAULT '',
  review_comment            TEXT,
  created_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX brand_authorizations_brand_idx ON brand_authorizations (brand_id, id);

CREATE TABLE brand_authorization_sub_categories
(
  brand_authorization_id BIGINT NOT NULL REFERENCES brand_authorizations (id) ON DELETE CASCADE,
  category_id            BIGINT NOT NULL,
  PRIMARY KEY (brand_authorization_id, category_id)
);
