-- Quarantine moves other departments ask for (after-sales returns), once per move type and the caller's reference:
-- a repeated call finds its move here and makes no second one. The key also holds when two calls with the same
-- reference arrive at once: the second insert fails, its transaction runs again and finds the first one's move.
CREATE TABLE WAREHOUSE.QUARANTINE_REFERENCE (
    MOVE_TYPE VARCHAR(20) NOT NULL,
    REFERENCE VARCHAR(60) NOT NULL,
    MOVE_ID   BIGINT      NOT NULL REFERENCES WAREHOUSE.STOCK_MOVE (ID),
    PRIMARY KEY (MOVE_TYPE, REFERENCE)
);
