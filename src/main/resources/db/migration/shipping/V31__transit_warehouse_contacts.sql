-- Whom to call at a transit warehouse, and when (seed 003: communicate with the warehouse in advance), shown wherever
-- pickup or drop-off is offered; and how a parcel sent there by domestic express travels (R-H6).
ALTER TABLE transit_warehouses ADD COLUMN contact_person TEXT;
ALTER TABLE transit_warehouses ADD COLUMN phone TEXT;
ALTER TABLE transit_warehouses ADD COLUMN opening_hours TEXT;
ALTER TABLE logistics_orders ADD COLUMN domestic_carrier TEXT;
ALTER TABLE logistics_orders ADD COLUMN domestic_tracking_no TEXT;
