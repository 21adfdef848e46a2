-- Orders told to the seller as falling due (less than 24 h to the ship-by deadline), so each is told once.
ALTER TABLE orders ADD COLUMN due_notified_at TIMESTAMPTZ;
CREATE INDEX orders_falling_due_idx ON orders (ship_by)
  WHERE order_status = 'WAIT_SELLER_SEND_GOODS' AND due_notified_at IS NULL;
