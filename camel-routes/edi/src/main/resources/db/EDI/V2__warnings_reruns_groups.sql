-- What was read leniently in an inbound interchange (a segment our schema does not know, an envelope code we do not
-- use), one warning per line: the interchange was taken, and an analyst can see what to raise with the partner.
ALTER TABLE EDI.INTERCHANGE ADD COLUMN WARNINGS CLOB(1M);

-- How often an analyst re-ran an inbound interchange after adding a mapping: each re-run offers its sets to sales
-- under a reference of its own and answers the partner with a new acknowledgement.
ALTER TABLE EDI.INTERCHANGE ADD COLUMN RERUNS INT NOT NULL DEFAULT 0;

-- The functional groups (GS06 / UNG05) each partner sent, by the interchange that first brought them: a group sent
-- again in another interchange meets the partner's duplicate policy.
CREATE TABLE EDI.INBOUND_GROUP (
    PARTNER        VARCHAR(35) NOT NULL,
    FUNCTIONAL_ID  VARCHAR(10) NOT NULL,
    CONTROL_NO     VARCHAR(14) NOT NULL,
    INTERCHANGE_ID BIGINT      NOT NULL REFERENCES EDI.INTERCHANGE (ID),
    CONSTRAINT INBOUND_GROUP_KEY PRIMARY KEY (PARTNER, FUNCTIONAL_ID, CONTROL_NO)
);
