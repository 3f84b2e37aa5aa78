-- Issue 23: the backoffice queue (lib/server/aanvraag/list-aanvragen.ts) reads every paused open aanvraag (1,802 at a
-- million households) to count it; those whose lower bound lies past the requested page (nearly all) are only counted,
-- with that bound and whether an opschorting is open. This index holds what that count reads, so that it needs no row
-- of Aanvraag; it replaces the index of 20261208200000 on a prefix of it. "Opschorting_open" answers "is one open?"
-- from the index alone.
DROP INDEX "Aanvraag_gemeenteId_gepauzeerd_idx";
CREATE INDEX "Aanvraag_gepauzeerd_minstens" ON "Aanvraag"("gemeenteId", "uiterlijkMinstens") INCLUDE ("uiterlijkMinstensOp", "id", "status")
  WHERE "uiterlijk" IS NULL AND "status" IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT');
CREATE INDEX "Opschorting_open" ON "Opschorting"("aanvraagId") WHERE "tot" IS NULL;
