-- Regie and Mijn werkvoorraad (issue 5).

-- Mijn werkvoorraad starts from the consults the wijkcoach asked for (lib/server/werkvoorraad/get-werkvoorraad.ts).
CREATE INDEX "Consult_aangevraagdDoorId_status_idx" ON "Consult"("aangevraagdDoorId", "status");

-- Opschalen: at most one open opschalingsverzoek per casus, so that two requests at once cannot both be open.
CREATE UNIQUE INDEX "Opschalingsverzoek_een_open_verzoek"
  ON "Opschalingsverzoek" ("casusId") WHERE "status" = 'OPEN';
