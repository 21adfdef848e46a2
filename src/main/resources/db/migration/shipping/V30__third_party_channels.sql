-- Third-party logistics (R-H14, seed 002): a screened 3PL with a system of its own, where the seller pastes the waybill
-- generated here and prints the label and manifest.
ALTER TABLE logistics_channels DROP CONSTRAINT logistics_channels_kind_check;
ALTER TABLE logistics_channels ADD CONSTRAINT logistics_channels_kind_check
  CHECK (kind IN ('POSTAL', 'EXPRESS', 'ECONOMY', 'THIRD_PARTY'));
ALTER TABLE logistics_channels ADD COLUMN third_party_system_url TEXT;
