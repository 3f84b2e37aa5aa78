-- Issue 21, Mijn plan: the resident's online answer to a plan ter akkoord, and their own progress per goal.
CREATE TYPE "PlanReactieSoort" AS ENUM ('AKKOORD', 'WIJZIGING');

CREATE TABLE "PlanReactie" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "planVersieId" UUID NOT NULL REFERENCES "PlanVersie"("id") ON DELETE CASCADE,
  "persoonId" UUID NOT NULL REFERENCES "Persoon"("id"),
  "soort" "PlanReactieSoort" NOT NULL,
  "opmerking" TEXT,
  "wijze" "Wijze" NOT NULL DEFAULT 'DIGITAAL',
  "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PlanReactie_pkey" PRIMARY KEY ("id"),
  -- asking for changes needs a remark; both stay short
  CONSTRAINT "PlanReactie_opmerking_check" CHECK (
    ("soort" <> 'WIJZIGING' OR length(btrim(coalesce("opmerking", ''))) > 0) AND length(coalesce("opmerking", '')) <= 2000)
);
CREATE INDEX "PlanReactie_planVersieId_op_idx" ON "PlanReactie"("planVersieId", "op");

CREATE TABLE "DoelVoortgang" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "doelId" UUID NOT NULL REFERENCES "Doel"("id") ON DELETE CASCADE,
  "persoonId" UUID NOT NULL REFERENCES "Persoon"("id"),
  "schaal" INTEGER NOT NULL,
  "tekst" TEXT NOT NULL,
  "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "DoelVoortgang_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "DoelVoortgang_schaal_check" CHECK ("schaal" BETWEEN 1 AND 5),
  CONSTRAINT "DoelVoortgang_tekst_check" CHECK (length(btrim("tekst")) > 0 AND length("tekst") <= 1000)
);
CREATE INDEX "DoelVoortgang_doelId_op_idx" ON "DoelVoortgang"("doelId", "op");
