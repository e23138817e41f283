-- Carriers' statuses (X12 214, EDIFACT IFTSTA) logistics has no shipment for yet: kept whole, one row per status,
-- and offered to logistics again when a logistics/DISPATCHED brings a package with their tracking number.
CREATE TABLE EDI.TRACKING_UNMATCHED (
    ID                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the partner, which is the carrier the status came through
    PARTNER           VARCHAR(35)   NOT NULL,
    INTERCHANGE_ID    BIGINT        NOT NULL REFERENCES EDI.INTERCHANGE (ID),
    TRACKING_NO       VARCHAR(80)   NOT NULL,
    -- the status's id: the interchange, group and set it came in and its number there
    EVENT_ID          VARCHAR(120)  NOT NULL,
    CODE              VARCHAR(20)   NOT NULL,
    MILESTONE         VARCHAR(30)   NOT NULL,
    -- its flags, separated by commas
    FLAGS             VARCHAR(100),
    -- the carrier's local time as ISO text (a timestamp column would move a time in the server's daylight-saving gap)
    LOCAL_TIME        VARCHAR(29),
    OFFSET_SECONDS    INT,
    ZONE_SOURCE       VARCHAR(30),
    LOCATION          VARCHAR(255),
    DESCRIPTION       VARCHAR(1000),
    SIGNER            VARCHAR(255),
    PROOF_OF_DELIVERY BOOLEAN       NOT NULL,
    RECEIVED_AT       TIMESTAMP     NOT NULL,
    -- when logistics took it after a DISPATCHED (applied, or known already); null while it waits
    APPLIED_AT        TIMESTAMP,
    CONSTRAINT TRACKING_UNMATCHED_EVENT UNIQUE (PARTNER, EVENT_ID)
);
CREATE INDEX TRACKING_UNMATCHED_WAITING ON EDI.TRACKING_UNMATCHED (TRACKING_NO, APPLIED_AT);
