-- A customer's group (issue 20): finance posts its receivable to the group's account. Null: no group, the plain one.
ALTER TABLE MASTER_DATA.CUSTOMER ADD COLUMN CUSTOMER_GROUP VARCHAR(40);
