-- Issue 22: the regisseur asks a ketenpartner (e.g. the POH-ggz of the huisarts) for advice about the household: a
-- Consult with the partner organisation as the adviser instead of a gedragswetenschapper. Always a question to think
-- along (MEEDENKEN): a safety consult stays with the gedragswetenschapper. Answered by a user of that organisation,
-- with the date of the advice.
ALTER TABLE "Consult" ADD COLUMN "partnerOrganisatieId" UUID REFERENCES "PartnerOrganisatie"("id");
ALTER TABLE "Consult" ADD COLUMN "partnerGebruikerId" UUID REFERENCES "PartnerGebruiker"("id");
ALTER TABLE "Consult" ADD COLUMN "adviesOp" DATE;
ALTER TABLE "Consult" ADD CONSTRAINT "Consult_partner_check" CHECK (
  "partnerOrganisatieId" IS NULL OR ("soort" = 'MEEDENKEN' AND "gedragswetenschapperId" IS NULL)
);
ALTER TABLE "Consult" ADD CONSTRAINT "Consult_partner_gebruiker_check" CHECK (
  "partnerGebruikerId" IS NULL OR "partnerOrganisatieId" IS NOT NULL
);
CREATE INDEX "Consult_partnerOrganisatieId_status_idx" ON "Consult"("partnerOrganisatieId", "status");
