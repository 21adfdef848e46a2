-- A partly shipped order gets one logistics order per shipment: numbered per order, with the lines it carries.
ALTER TABLE logistics_orders ADD COLUMN shipment_no INT NOT NULL DEFAULT 1;
-- order line id → quantity carried by this shipment; null means everything the order still had to ship
ALTER TABLE logistics_orders ADD COLUMN items TEXT;
DROP INDEX logistics_orders_one_live_per_order;
CREATE UNIQUE INDEX logistics_orders_one_live_per_shipment ON logistics_orders (order_id, shipment_no) WHERE status <> 'CANCELLED';
