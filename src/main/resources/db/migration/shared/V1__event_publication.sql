CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Idempotency-Key replays (API.md Conventions): one row per caller and key.
CREATE TABLE idempotency_keys
(
  scope          TEXT        NOT NULL,
  idempotency_key TEXT       NOT NULL,
  request_hash   TEXT        NOT NULL,
  status         INT,
  content_type   TEXT,
  body           BYTEA,
  created_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (scope, idempotency_key)
);
