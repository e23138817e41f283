-- Every webhook a carrier sent that passed its signature, kept raw before it was answered (issue 18): the body as
-- received and the headers that matter, then how far its events got.
CREATE TABLE CARRIER.RECEIPT (
    ID           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CARRIER      VARCHAR(35)  NOT NULL,
    -- the carrier's id for the delivery (Standard Webhooks' webhook-id); a second one with it is a replay
    EVENT_ID     VARCHAR(200),
    RECEIVED_AT  TIMESTAMP    NOT NULL,
    CONTENT_TYPE VARCHAR(200),
    HEADERS      VARCHAR(4000) NOT NULL,
    BODY         BLOB(2M)     NOT NULL,
    -- PENDING (to apply), APPLIED, UNMATCHED (some event names no shipment yet), UNPARSEABLE (kept and listed)
    STATE        VARCHAR(20)  NOT NULL,
    PROBLEM      VARCHAR(2000),
    EVENTS       INT,
    APPLIED_AT   TIMESTAMP,
    CONSTRAINT RECEIPT_REPLAY UNIQUE (CARRIER, EVENT_ID)
);
CREATE INDEX CARRIER.RECEIPT_STATE ON CARRIER.RECEIPT (STATE, ID);

-- The tracking numbers a receipt's unmatched events name: a dispatch with one of them applies the receipt again.
CREATE TABLE CARRIER.UNMATCHED (
    RECEIPT_ID      BIGINT       NOT NULL REFERENCES CARRIER.RECEIPT (ID),
    TRACKING_NUMBER VARCHAR(100) NOT NULL,
    PRIMARY KEY (RECEIPT_ID, TRACKING_NUMBER)
);
CREATE INDEX CARRIER.UNMATCHED_TRACKING ON CARRIER.UNMATCHED (TRACKING_NUMBER);
