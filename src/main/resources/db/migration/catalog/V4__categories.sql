CREATE TABLE categories
(
  id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version                 INT     NOT NULL,
  parent_id               BIGINT REFERENCES categories (id),
  name_en                 TEXT    NOT NULL,
  name_zh                 TEXT    NOT NULL,
  deposit_minor           BIGINT  NOT NULL CHECK (deposit_minor >= 0),
  deposit_currency        TEXT    NOT NULL,
  qualification_en        TEXT    NOT NULL DEFAULT '',
  qualification_zh        TEXT    NOT NULL DEFAULT '',
  overseas_ship_from_open BOOLEAN NOT NULL
);
CREATE INDEX categories_parent_idx ON categories (parent_id);
