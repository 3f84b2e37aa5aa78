-- Issue 20: people come from the BRP. What the BRP told us about a person (verified when, geheimhouding, the fields it
-- has "in onderzoek", where the gezag over a minor comes from), the source of a vertegenwoordiging, and the tasks the
-- nightly BRP check makes for the regisseur.

ALTER TABLE "Persoon"
  ADD COLUMN "brpGeverifieerdOp" TIMESTAMP(3),
  ADD COLUMN "geheimhouding" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "brpInOnderzoek" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "gezagBron" TEXT,
  ADD COLUMN "gezagToelichting" TEXT;

-- BRP: the gezag rows come from the BRP's gezag field; BRP_ONBEKEND: the BRP says nothing (or "niet te bepalen"),
-- a person must decide; MEDEWERKER: a person decided and recorded it.
ALTER TABLE "Persoon" ADD CONSTRAINT "Persoon_gezagBron_check" CHECK ("gezagBron" IS NULL OR "gezagBron" IN ('BRP', 'BRP_ONBEKEND', 'MEDEWERKER'));

ALTER TABLE "Vertegenwoordiging" ADD COLUMN "bron" TEXT;
ALTER TABLE "Vertegenwoordiging" ADD CONSTRAINT "Vertegenwoordiging_bron_check" CHECK ("bron" IS NULL OR "bron" IN ('BRP', 'MEDEWERKER'));

ALTER TABLE "Taak"
  ADD COLUMN "persoonId" UUID,
  ADD COLUMN "brpSignaal" TEXT;

-- The nightly check makes one open task per person and signal: running it again the next night adds nothing new.
CREATE UNIQUE INDEX "Taak_brpSignaal_open_key" ON "Taak" ("persoonId", "brpSignaal") WHERE "afgerondOp" IS NULL AND "brpSignaal" IS NOT NULL;
