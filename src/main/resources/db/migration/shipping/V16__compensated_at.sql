-- A shipment earns one compensation at most, whether found late on delivery or overdue by the sweep (R-H13).
ALTER TABLE logistics_orders ADD COLUMN compensated_at TIMESTAMPTZ;
CREATE INDEX logistics_orders_in_flight_idx ON logistics_orders (created_at)
  WHERE status IN ('RECEIVED', 'DISPATCHED', 'IN_TRANSIT') AND compensated_at IS NULL;
