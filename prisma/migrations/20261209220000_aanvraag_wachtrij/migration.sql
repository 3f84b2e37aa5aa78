-- Issue 23: the backoffice queue (/aanvragen, lib/server/aanvraag/list-aanvragen.ts) at a million households read every
-- open aanvraag with a stored due date (8,658) into a materialised list to count them and to pick one page. The
-- stored ones are now counted and paged straight from this index: the queue's whole order (uiterlijk, ontvangenOp,
-- nummer in "C" order) and the status the counts read. It replaces the index of 20261208200000 on a prefix of it.
DROP INDEX "Aanvraag_gemeenteId_uiterlijk_idx";
CREATE INDEX "Aanvraag_wachtrij" ON "Aanvraag"("gemeenteId", "uiterlijk", "ontvangenOp", "nummer" COLLATE "C") INCLUDE ("status")
  WHERE "uiterlijk" IS NOT NULL;
