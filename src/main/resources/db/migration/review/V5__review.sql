CREATE TABLE review_cases
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version      INT         NOT NULL,
  kind         TEXT        NOT NULL,
  seller_id    BIGINT      NOT NULL,
  subject_id   BIGINT      NOT NULL,
  subject      TEXT        NOT NULL,
  status       TEXT        NOT NULL CHECK (status IN ('IN_REVIEW', 'APPROVED', 'REJECTED')),
  revision     INT         NOT NULL,
  submitted_at TIMESTAMPTZ NOT NULL,
  UNIQUE (kind, subject_id)
);
CREATE INDEX review_cases_queue_idx ON review_cases (status, kind, submitted_at);

-- Every submission is a revision; the decision on it stays with it (the history the seller and staff see).
CREATE TABLE review_revisions
(
  case_id      BIGINT      NOT NULL REFERENCES review_cases (id),
  revision     INT         NOT NULL,
  submitted_at TIMESTAMPTZ NOT NULL,
  materials    JSONB       NOT NULL,
  prechecks    JSONB       NOT NULL,
  decision     TEXT CHECK (decision IN ('APPROVE', 'REJECT')),
  reason_codes TEXT[]      NOT NULL DEFAULT '{}',
  comment      TEXT,
  decided_by   BIGINT,
  decided_at   TIMESTAMPTZ,
  PRIMARY KEY (case_id, revision)
);
