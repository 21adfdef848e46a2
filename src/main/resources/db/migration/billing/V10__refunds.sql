ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check
  CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'REFUNDED', 'SETTLED'));
DROP INDEX payments_one_live_per_reference;
CREATE UNIQUE INDEX payments_one_live_per_reference ON payments (reference)
  WHERE status IN ('PENDING', 'SUCCEEDED', 'REFUNDED', 'SETTLED');
