-- Issue 20 (second part): a staff member's gezag decision when the BRP names no one, a person registered in another
-- gemeente, and a toewijzing for a client under geheimhouding.

-- The gezag decision rests on a document (grond, its date, optionally its kenmerk) and names who recorded it when.
ALTER TABLE "Vertegenwoordiging"
  ADD COLUMN "grond" TEXT,
  ADD COLUMN "grondDatum" DATE,
  ADD COLUMN "grondKenmerk" TEXT,
  ADD COLUMN "vastgesteldDoorId" UUID,
  ADD COLUMN "vastgesteldOp" TIMESTAMP(3);
ALTER TABLE "Vertegenwoordiging" ADD CONSTRAINT "Vertegenwoordiging_grond_check"
  CHECK ("grond" IS NULL OR "grond" IN ('RECHTERLIJKE_UITSPRAAK', 'GEZAGSREGISTER', 'VAN_RECHTSWEGE', 'ANDER_DOCUMENT'));
-- A decision by a person is never without its ground, its date and who took it.
ALTER TABLE "Vertegenwoordiging" ADD CONSTRAINT "Vertegenwoordiging_medewerker_grond_check"
  CHECK ("bron" IS DISTINCT FROM 'MEDEWERKER'
         OR ("grond" IS NOT NULL AND "grondDatum" IS NOT NULL AND "vastgesteldDoorId" IS NOT NULL AND "vastgesteldOp" IS NOT NULL));

-- Registered in another gemeente per the BRP: its code, and the desk's reason to register the person anyway.
ALTER TABLE "Persoon"
  ADD COLUMN "brpAndereGemeente" TEXT,
  ADD COLUMN "brpAndereGemeenteReden" TEXT;
ALTER TABLE "Persoon" ADD CONSTRAINT "Persoon_brpAndereGemeente_check"
  CHECK ("brpAndereGemeente" IS NULL OR ("brpAndereGemeente" ~ '^[0-9]{4}$' AND "brpAndereGemeenteReden" IS NOT NULL AND length(btrim("brpAndereGemeenteReden")) > 0));

-- How the aanbieder was told where to give the care when the message leaves the BRP address out (geheimhouding).
ALTER TABLE "Bericht" ADD COLUMN "geheimhoudingAfspraak" TEXT;
