CREATE TABLE certifications
(
  id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version               INT         NOT NULL,
  seller_id             BIGINT      NOT NULL UNIQUE,
  company_name          TEXT,
  credit_code           TEXT,
  legal_rep_name        TEXT,
  legal_rep_id_number   TEXT,
  license_document_id   BIGINT,
  status                TEXT        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
  review_id             BIGINT,
  rejection_reasons     TEXT        NOT NULL DEFAULT '',
  review_comment        TEXT,
  updated_at            TIMESTAMPTZ NOT NULL
);

CREATE TABLE seller_categories
(
  seller_id          BIGINT PRIMARY KEY,
  version            INT         NOT NULL,
  major_category_id  BIGINT      NOT NULL,
  deposit_paid       BOOLEAN     NOT NULL,
  deposit_payment_id BIGINT,
  updated_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE brands
(
  id                            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version                       INT         NOT NULL,
  seller_id                     BIGINT      NOT NULL,
  name                          TEXT        NOT NULL,
  trademark_registration_number TEXT        NOT NULL,
  ownership                     TEXT        NOT NULL CHECK (ownership IN ('OWNED', 'AUTHORIZED')),
  exclusive                     BOOLEAN     NOT NULL,
  certificate_document_id       BIGINT,
  authorization_document_id     BIGINT,
  status                        TEXT        NOT NULL CHECK (status IN ('IN_REVIEW', 'APPROVED', 'REJECTED')),
  review_id                     BIGINT,
  rejection_reasons             TEXT        NOT NULL DEFAULT '',
  review_comment                TEXT,
  created_at                    TIMESTAMPTZ NOT NULL,
  UNIQUE (seller_id, trademark_registration_number)
);

CREATE TABLE brand_sub_categories
(
  brand_id    BIGINT NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL,
  PRIMARY KEY (brand_id, category_id)
);

CREATE TABLE stores
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version    INT         NOT NULL,
  seller_id  BIGINT      NOT NULL,
  name       TEXT        NOT NULL,
  type       TEXT        NOT NULL CHECK (type IN ('SPECIALIZED', 'EXCLUSIVE', 'OFFICIAL')),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX stores_seller_idx ON stores (seller_id, id);

CREATE TABLE store_brands
(
  store_id BIGINT NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
  brand_id BIGINT NOT NULL REFERENCES brands (id),
  PRIMARY KEY (store_id, brand_id)
);
