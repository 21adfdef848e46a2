-- A delisted product stays with its SKUs and ship-from but cannot be ordered until it is listed again.
ALTER TABLE products ADD COLUMN delisted_at TIMESTAMPTZ;
