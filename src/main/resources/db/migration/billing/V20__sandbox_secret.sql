-- The key the sandbox payment providers sign notifications with, when none is configured: made once, shared by every
-- instance (a notification may reach another instance than the one that started the payment) and kept across restarts.
CREATE TABLE sandbox_secret
(
  id     INT  PRIMARY KEY CHECK (id = 1),
  secret TEXT NOT NULL
);
