-- Channels, rates and transit warehouses change rarely and are read on every logistics order: each
-- instance keeps them in memory and reloads when this version, set in the changing transaction, moves.
-- It comes from a sequence, so a rolled-back change's version is never given to another change.
CREATE SEQUENCE logistics_network_version_seq;
CREATE TABLE logistics_network_version
(
  id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
  version BIGINT NOT NULL
);
INSERT INTO logistics_network_version (version) VALUES (0);

CREATE FUNCTION bump_logistics_network_version() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  UPDATE logistics_network_version SET version = nextval('logistics_network_version_seq');
  RETURN NULL;
END;
$$;

CREATE TRIGGER logistics_channels_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON logistics_channels
  FOR EACH STATEMENT EXECUTE FUNCTION bump_logistics_network_version();
CREATE TRIGGER channel_rates_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON channel_rates
  FOR EACH STATEMENT EXECUTE FUNCTION bump_logistics_network_version();
CREATE TRIGGER transit_warehouses_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON transit_warehouses
  FOR EACH STATEMENT EXECUTE FUNCTION bump_logistics_network_version();
