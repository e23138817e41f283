-- Carriers' tracking events (docs/business-rules.md §8): each kept once as the shipment's history; the shipment keeps
-- the milestone and flags they add up to. An event reaches its shipment by the tracking number of one of its packages.
CREATE TABLE LOGISTICS.TRACKING_EVENT (
    -- the order of arrival, for events whose time is not known
    ID                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    SHIPMENT_ID       VARCHAR(40)  NOT NULL REFERENCES LOGISTICS.SHIPMENT (ID),
    TRACKING_NUMBER   VARCHAR(100) NOT NULL,
    CARRIER           VARCHAR(100) NOT NULL,
    PROVIDER_EVENT_ID VARCHAR(200),
    CODE              VARCHAR(100) NOT NULL,
    MILESTONE         VARCHAR(30)  NOT NULL,
    -- TrackingFlag names, comma-separated
    FLAGS             VARCHAR(100),
    -- the carrier's local time as given (ISO-8601, no zone), as text: never read in the server's zone
    LOCAL_TIME        VARCHAR(30),
    OFFSET_SECONDS    INT CHECK (OFFSET_SECONDS BETWEEN -64800 AND 64800),
    ZONE_SOURCE       VARCHAR(30),
    -- LOCAL_TIME at OFFSET_SECONDS when both are known, for queries; the history is ordered from the two above
    OCCURRED_AT       TIMESTAMP,
    RECEIVED_AT       TIMESTAMP    NOT NULL,
    LOCATION          VARCHAR(200),
    DESCRIPTION       VARCHAR(500),
    SIGNER            VARCHAR(100),
    PROOF_OF_DELIVERY BOOLEAN      NOT NULL,
    -- the time part of the second dedupe key: the instant in UTC, else 'local ' and the local time, else ''
    TIME_KEY          VARCHAR(40)  NOT NULL,
    -- Derby lets several rows share a NULL PROVIDER_EVENT_ID: events without an id are known by the key below
    CONSTRAINT TRACKING_EVENT_PROVIDER_ID UNIQUE (CARRIER, PROVIDER_EVENT_ID),
    CONSTRAINT TRACKING_EVENT_CODE_TIME UNIQUE (TRACKING_NUMBER, CODE, TIME_KEY)
);
CREATE INDEX LOGISTICS.TRACKING_EVENT_SHIPMENT ON LOGISTICS.TRACKING_EVENT (SHIPMENT_ID, ID);

-- The tracking number an event names finds its package; a shipment may have several
CREATE INDEX LOGISTICS.PACKAGE_TRACKING ON LOGISTICS.PACKAGE (TRACKING_NUMBER);

-- What the shipment's events add up to: NULL until a carrier said where it is
ALTER TABLE LOGISTICS.SHIPMENT ADD COLUMN MILESTONE VARCHAR(30);
ALTER TABLE LOGISTICS.SHIPMENT ADD COLUMN FLAGS VARCHAR(100);
