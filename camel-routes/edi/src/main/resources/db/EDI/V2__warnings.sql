-- What was read leniently in an inbound interchange (a segment our schema does not know, an envelope code we do not
-- use), one warning per line: the interchange was taken, and an analyst can see what to raise with the partner.
ALTER TABLE EDI.INTERCHANGE ADD COLUMN WARNINGS CLOB(1M);
