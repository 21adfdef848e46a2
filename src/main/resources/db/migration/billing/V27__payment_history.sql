-- The payments of one deposit or order, newest first (finance pages).
CREATE INDEX payments_reference_idx ON payments (reference, id);
