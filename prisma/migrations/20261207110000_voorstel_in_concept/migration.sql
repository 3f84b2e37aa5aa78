-- Issue 22: a partner's proposal taken over is written into the concept of the next plan version; the proposal
-- remembers which version, so the partner sees "opgenomen in het concept van versie N". Only a proposal taken over
-- names a version.
ALTER TABLE "PartnerVoorstel" ADD COLUMN "opgenomenInVersieId" UUID REFERENCES "PlanVersie"("id");
ALTER TABLE "PartnerVoorstel" ADD CONSTRAINT "PartnerVoorstel_opgenomen_alleen_overgenomen"
  CHECK ("opgenomenInVersieId" IS NULL OR "status" = 'OVERGENOMEN');
