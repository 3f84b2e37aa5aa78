-- Issue 16 item 3: the backoffice registers a written aanvraag (Wmo 2015 art. 2.3.2 lid 9) with its date of receipt.
ALTER TABLE "Aanvraag" ADD COLUMN "schriftelijk" BOOLEAN NOT NULL DEFAULT false,
                       ADD COLUMN "registratieReden" TEXT,
                       ADD COLUMN "geregistreerdDoorId" UUID;

-- Only a written aanvraag has a registrar and (when registered late) a reason; lib/domain/schriftelijke-aanvraag.ts
-- decides when the reason is needed.
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_registratie_alleen_schriftelijk"
  CHECK ("schriftelijk" OR ("registratieReden" IS NULL AND "geregistreerdDoorId" IS NULL));
