-- Beschikking and toewijzing (issue 7). DOMAIN.md §5: a besluit is changed or withdrawn by a new besluit that refers
-- to the old one (vorigBesluitId); the old one then vervalt with a vervalreden (ZGW Besluit).

-- A withdrawal is a besluit of its own (an intrekkingsbesluit), with bezwaar like any other.
ALTER TYPE "BesluitSoort" ADD VALUE 'INTREKKING';

-- A wijziging or intrekking carries the vervalreden its predecessor gets when it is vastgesteld.
ALTER TABLE "Beschikking" ADD COLUMN "vervalredenVorig" "Vervalreden";

-- DOMAIN.md §2: a pgb needs a motivation, per product (checked in lib/domain/beschikking.ts).
ALTER TABLE "BeschiktProduct" ADD COLUMN "pgbMotivering" TEXT;

-- An intrekking always names the besluit it withdraws, and so does every successor its vervalreden. (The new enum
-- value cannot be used as a literal in this transaction: compare as text.)
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_intrekking_heeft_vorig_besluit"
  CHECK ("besluit"::text <> 'INTREKKING' OR "vorigBesluitId" IS NOT NULL);
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_opvolger_heeft_vervalreden"
  CHECK ("vorigBesluitId" IS NULL OR "vervalredenVorig" IS NOT NULL);

-- One live successor per besluit: two people cannot change or withdraw the same besluit at once.
CREATE UNIQUE INDEX "Beschikking_een_opvolger"
  ON "Beschikking" ("vorigBesluitId") WHERE "vorigBesluitId" IS NOT NULL AND "status" <> 'VERVALLEN';

CREATE INDEX "Beschikking_vorigBesluitId_idx" ON "Beschikking"("vorigBesluitId");
CREATE INDEX "Toewijzing_beschiktProductId_idx" ON "Toewijzing"("beschiktProductId");
CREATE INDEX "ToewijzingBericht_berichtId_idx" ON "ToewijzingBericht"("berichtId");
