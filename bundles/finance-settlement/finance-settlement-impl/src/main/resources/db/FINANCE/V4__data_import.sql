-- Data taken over once from another department (issue 19: the prepayments sales recorded before finance kept the
-- payments): a row per import, written in the import's own transaction, so that it never runs twice.
CREATE TABLE FINANCE.DATA_IMPORT (
    NAME        VARCHAR(40) NOT NULL PRIMARY KEY,
    IMPORTED    INT         NOT NULL,
    IMPORTED_AT TIMESTAMP   NOT NULL
);
