-- Issue 16 item 18: the privacy officer records that a break-the-glass access was reviewed, and with what outcome
-- (NEN 7513: exceptional access is checked afterwards). The review columns existed without an outcome; a review is
-- whole (who, when, outcome) or absent, and an access judged unjustified carries its explanation.
CREATE TYPE "BreakTheGlassUitkomst" AS ENUM ('GERECHTVAARDIGD', 'NIET_GERECHTVAARDIGD');

ALTER TABLE "BreakTheGlass" ADD COLUMN "uitkomst" "BreakTheGlassUitkomst";

ALTER TABLE "BreakTheGlass" ADD CONSTRAINT "BreakTheGlass_beoordeling_heel"
  CHECK (("uitkomst" IS NULL AND "beoordeeldOp" IS NULL AND "beoordeeldDoorId" IS NULL)
      OR ("uitkomst" IS NOT NULL AND "beoordeeldOp" IS NOT NULL AND "beoordeeldDoorId" IS NOT NULL));

ALTER TABLE "BreakTheGlass" ADD CONSTRAINT "BreakTheGlass_onterecht_met_toelichting"
  CHECK ("uitkomst" IS DISTINCT FROM 'NIET_GERECHTVAARDIGD' OR length(btrim(COALESCE("beoordeling", ''))) > 0);

CREATE INDEX "BreakTheGlass_gemeenteId_beoordeeldOp_op_idx" ON "BreakTheGlass"("gemeenteId", "beoordeeldOp", "op");
