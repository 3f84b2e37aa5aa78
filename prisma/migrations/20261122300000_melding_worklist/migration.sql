-- Melding and triage (issue 3): the wijk of a melding for the worklist filter, and indexes for the worklist and for
-- finding a household by name and date of birth, fast with 100,000 meldingen.

-- AlterTable
ALTER TABLE "Melding" ADD COLUMN "wijkId" UUID;

-- DropIndex
DROP INDEX "Melding_gemeenteId_status_ontvangenOp_idx";

-- CreateIndex
CREATE INDEX "Melding_gemeenteId_status_urgent_ontvangenOp_idx" ON "Melding"("gemeenteId", "status", "urgent" DESC, "ontvangenOp");

-- CreateIndex
CREATE INDEX "Melding_gemeenteId_wijkId_status_urgent_ontvangenOp_idx" ON "Melding"("gemeenteId", "wijkId", "status", "urgent" DESC, "ontvangenOp");

-- CreateIndex
CREATE INDEX "Melding_gemeenteId_kanaal_status_urgent_ontvangenOp_idx" ON "Melding"("gemeenteId", "kanaal", "status", "urgent" DESC, "ontvangenOp");

-- CreateIndex
CREATE INDEX "Melding_gemeenteId_ontvangenOp_idx" ON "Melding"("gemeenteId", "ontvangenOp" DESC);

-- CreateIndex
CREATE INDEX "Melding_casusId_idx" ON "Melding"("casusId");

-- CreateIndex
CREATE INDEX "Persoon_gemeenteId_geboortedatum_idx" ON "Persoon"("gemeenteId", "geboortedatum");

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The wijk of a melding is derived, never typed: the wijk of the household it is attached to, else the wijk whose
-- postcode range holds its postcode (the narrowest range wins, as in lib/domain/postcode.ts findWijkForPostcode).
-- A trigger keeps it right for every writer (the app, the seed, an import).
CREATE FUNCTION melding_wijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."wijkId" := NULL;
  IF NEW."huishoudenId" IS NOT NULL THEN
    SELECT h."wijkId" INTO NEW."wijkId" FROM "Huishouden" h WHERE h."id" = NEW."huishoudenId";
  END IF;
  IF NEW."wijkId" IS NULL AND NEW."postcode" IS NOT NULL THEN
    SELECT p."wijkId" INTO NEW."wijkId"
      FROM "PostcodeGebied" p
     WHERE p."gemeenteId" = NEW."gemeenteId" AND NEW."postcode" BETWEEN p."postcodeVan" AND p."postcodeTot"
     ORDER BY (left(p."postcodeTot", 4)::int * 676 + (ascii(substr(p."postcodeTot", 5, 1)) - 65) * 26 + ascii(substr(p."postcodeTot", 6, 1)))
            - (left(p."postcodeVan", 4)::int * 676 + (ascii(substr(p."postcodeVan", 5, 1)) - 65) * 26 + ascii(substr(p."postcodeVan", 6, 1)))
     LIMIT 1;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Melding_wijk" BEFORE INSERT OR UPDATE OF "huishoudenId", "postcode" ON "Melding"
  FOR EACH ROW EXECUTE FUNCTION melding_wijk();
