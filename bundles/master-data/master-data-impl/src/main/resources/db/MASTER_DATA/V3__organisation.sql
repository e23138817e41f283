-- Who reports to whom (issue 20): expense claims go to the claimant's manager, then to that manager's manager. A
-- manager need not have a row of their own (yet); no one is their own manager, directly or through others (checked by
-- the service, which names the cycle).
CREATE TABLE MASTER_DATA.ORG_MEMBER (
    USER_NAME  VARCHAR(100) NOT NULL PRIMARY KEY,
    DEPARTMENT VARCHAR(100) NOT NULL,
    MANAGER    VARCHAR(100),
    CONSTRAINT ORG_MEMBER_NOT_OWN_MANAGER CHECK (MANAGER IS NULL OR MANAGER <> USER_NAME)
);
CREATE INDEX MASTER_DATA.ORG_MEMBER_MANAGER ON MASTER_DATA.ORG_MEMBER (MANAGER);
