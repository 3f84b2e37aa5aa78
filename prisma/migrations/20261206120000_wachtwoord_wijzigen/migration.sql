-- Issue 16 item 8: a first password (new account) or one set by the beheerder (reset) must be changed by the person
-- at their next sign-in outside demo mode. Existing accounts keep the password they have.
ALTER TABLE "User" ADD COLUMN "wachtwoordWijzigen" BOOLEAN NOT NULL DEFAULT false;
