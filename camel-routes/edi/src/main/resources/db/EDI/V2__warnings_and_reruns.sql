-- What was read leniently in an inbound interchange (a segment our schema does not know, an envelope code we do not
-- use), one warning per line: the interchange was taken, and an analyst can see what to raise with the partner.
ALTER TABLE EDI.INTERCHANGE ADD COLUMN WARNINGS CLOB(1M);

-- How often an analyst re-ran an inbound interchange after adding a mapping: each re-run offers its sets to sales
-- under a reference of its own and answers the partner with a new acknowledgement.
ALTER TABLE EDI.INTERCHANGE ADD COLUMN RERUNS INT NOT NULL DEFAULT 0;
