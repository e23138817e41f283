-- The EDI ledger: every file that came in or went out, and every interchange in it, through its states.

-- A file in or out, with its bytes, so that anyone can see what a partner sent or got.
CREATE TABLE EDI.DOCUMENT (
    ID          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    PARTNER     VARCHAR(35)  NOT NULL,
    DIRECTION   VARCHAR(3)   NOT NULL,
    NAME        VARCHAR(255) NOT NULL,
    -- IN: what tells one file from another (name, size, modification time, SHA-256); OUT: the file name
    FILE_KEY    VARCHAR(400) NOT NULL,
    SIZE_BYTES  BIGINT,
    SHA256      CHAR(64),
    -- IN: RECEIVED, PROCESSED, REJECTED, QUARANTINED; OUT: PREPARED, WRITTEN
    STATE       VARCHAR(12)  NOT NULL,
    REASON      CLOB(1M),
    CONTENT     BLOB(64M),
    CREATED_AT  TIMESTAMP    NOT NULL,
    UPDATED_AT  TIMESTAMP    NOT NULL,
    CONSTRAINT DOCUMENT_KEY UNIQUE (PARTNER, DIRECTION, FILE_KEY)
);
CREATE INDEX DOCUMENT_STATE ON EDI.DOCUMENT (DIRECTION, STATE);

-- An interchange: IN goes RECEIVED → ORDERS_CREATED → ACKNOWLEDGED (or REJECTED); OUT goes WRITTEN → ACCEPTED,
-- PARTIALLY_ACCEPTED or REJECTED by the partner's acknowledgement.
CREATE TABLE EDI.INTERCHANGE (
    ID              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    PARTNER         VARCHAR(35)  NOT NULL,
    DIRECTION       VARCHAR(3)   NOT NULL,
    CONTROL_NO      VARCHAR(35)  NOT NULL,
    STANDARD        VARCHAR(8)   NOT NULL,
    VERSION         VARCHAR(12)  NOT NULL,
    MESSAGES        VARCHAR(100) NOT NULL,
    DOCUMENT_ID     BIGINT       NOT NULL REFERENCES EDI.DOCUMENT (ID),
    -- IN: its place among the interchanges of that file, from 0
    POSITION        INT          NOT NULL,
    STATE           VARCHAR(20)  NOT NULL,
    SETS            INT          NOT NULL,
    ACCEPTED_SETS   INT          NOT NULL,
    ORDERS          CLOB(1M),
    REASON          CLOB(1M),
    -- IN: what order intake refused, one set per line (index, field, problem), kept before the orders are created so
    -- that a re-run after a crash offers the same sets again
    REFUSALS        CLOB(1M),
    -- IN: the acknowledgement written for it
    ACK_DOCUMENT_ID BIGINT REFERENCES EDI.DOCUMENT (ID),
    -- OUT: the event it answers, by when the partner must acknowledge it, and the answer
    CAUSE_EVENT     CHAR(36),
    ACK_DUE_AT      TIMESTAMP,
    ACK_RECEIVED_AT TIMESTAMP,
    DUPLICATES      INT          NOT NULL DEFAULT 0,
    CREATED_AT      TIMESTAMP    NOT NULL,
    UPDATED_AT      TIMESTAMP    NOT NULL,
    CONSTRAINT INTERCHANGE_KEY UNIQUE (PARTNER, DIRECTION, CONTROL_NO),
    CONSTRAINT INTERCHANGE_CAUSE UNIQUE (CAUSE_EVENT)
);
CREATE INDEX INTERCHANGE_DUE ON EDI.INTERCHANGE (DIRECTION, STATE, ACK_DUE_AT);

-- Which partner order became which sales order: what an order response needs to address the partner.
CREATE TABLE EDI.ORDER_LINK (
    ORDER_NO        VARCHAR(20)  NOT NULL PRIMARY KEY,
    PARTNER         VARCHAR(35)  NOT NULL,
    INTERCHANGE_ID  BIGINT       NOT NULL REFERENCES EDI.INTERCHANGE (ID),
    TRANSACTION_SET VARCHAR(35)  NOT NULL,
    CUSTOMER_PO     VARCHAR(35)  NOT NULL,
    -- the partner's own line numbers (PO101 / LIN01), in line order, separated by commas
    LINE_IDS        CLOB(1M)      NOT NULL
);

-- Our own control numbers per partner, for the interchanges we write.
CREATE TABLE EDI.CONTROL_NUMBER (
    PARTNER VARCHAR(35) NOT NULL PRIMARY KEY,
    LAST_NO BIGINT      NOT NULL
);
