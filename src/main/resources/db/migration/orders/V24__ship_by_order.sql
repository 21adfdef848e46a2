-- The order list sorted by ship-by deadline, the most urgent first, within a status.
CREATE INDEX orders_seller_status_ship_by_idx ON orders (seller_id, order_status, ship_by, id);
