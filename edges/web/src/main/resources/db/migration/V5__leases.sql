-- Leases on running work: the server that runs a tournament, a play, a mediation or a brief (owner: an id drawn
-- when the server opens the store) renews lease_until (epoch ms) while it runs. Another server on the
-- same database leaves a running row alone until its lease has expired; only then does it record it
-- as interrupted (and a tournament may then be resumed). Rows from before leases have none: expired.

ALTER TABLE tournaments ADD COLUMN owner VARCHAR(40);
ALTER TABLE tournaments ADD COLUMN lease_until BIGINT;
ALTER TABLE plays ADD COLUMN owner VARCHAR(40);
ALTER TABLE plays ADD COLUMN lease_until BIGINT;
ALTER TABLE briefs ADD COLUMN owner VARCHAR(40);
ALTER TABLE briefs ADD COLUMN lease_until BIGINT;
ALTER TABLE mediations ADD COLUMN owner VARCHAR(40);
ALTER TABLE mediations ADD COLUMN lease_until BIGINT;
