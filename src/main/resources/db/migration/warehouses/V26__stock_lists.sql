-- The stock page and the inbound shipments page list one seller's rows, newest shipment first.
CREATE INDEX inventory_seller_idx ON inventory (seller_id, warehouse_id, sku_code);
CREATE INDEX inbound_shipments_seller_idx ON inbound_shipments (seller_id, id);
