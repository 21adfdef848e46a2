-- R-S6: a brand's publishing permission is one review; the trademark authorization for its sub-categories a second.
-- The sub-categories asked for with the brand wait on it until the first review approves it.
ALTER TABLE brands ADD COLUMN requested_sub_categories TEXT NOT NULL DEFAULT '';
UPDATE brands b SET requested_sub_categories =
  (SELECT string_agg(s.category_id::text, ',' ORDER BY s.category_id) FROM brand_sub_categories s WHERE s.brand_id = b.id)
WHERE b.status <> 'APPROVED' AND EXISTS (SELECT 1 FROM brand_sub_categories s WHERE s.brand_id = b.id);
DELETE FROM brand_sub_categories WHERE brand_id IN (SELECT id FROM brands WHERE status <> 'APPROVED');
