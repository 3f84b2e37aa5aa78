-- Issue 22 item 4: an aanbieder asks for a new or changed toewijzing by hand in the partner portal, the same verzoek
-- as a 315/317 message. A verzoek has exactly one source: the incoming message, or the partner user who asked.

CREATE TYPE "VerzoekKanaal" AS ENUM ('BERICHT', 'PORTAAL');

ALTER TABLE "AanbiederVerzoek"
  ALTER COLUMN "inkomendBerichtId" DROP NOT NULL,
  ADD COLUMN "kanaal" "VerzoekKanaal" NOT NULL DEFAULT 'BERICHT',
  ADD COLUMN "ingediendDoorId" UUID,
  ADD COLUMN "motivatie" TEXT,
  ADD COLUMN "wet" "Wet";

ALTER TABLE "AanbiederVerzoek"
  ADD CONSTRAINT "AanbiederVerzoek_ingediendDoorId_fkey" FOREIGN KEY ("ingediendDoorId") REFERENCES "PartnerGebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly one source, and the channel says which; a verzoek by hand carries its motivation and its wet (a message
-- carries both in its XML).
ALTER TABLE "AanbiederVerzoek"
  ADD CONSTRAINT "AanbiederVerzoek_een_bron" CHECK (("inkomendBerichtId" IS NULL) <> ("ingediendDoorId" IS NULL)),
  ADD CONSTRAINT "AanbiederVerzoek_kanaal_bron" CHECK (("kanaal" = 'BERICHT') = ("inkomendBerichtId" IS NOT NULL)),
  ADD CONSTRAINT "AanbiederVerzoek_portaal_motivatie" CHECK ("kanaal" <> 'PORTAAL' OR (length(btrim("motivatie")) > 0 AND "wet" IS NOT NULL));

-- The partner's "Verzoeken" list: its aanbieder's verzoeken, newest first (the existing (aanbiederId, ontvangenOp)
-- index serves it); a client's verzoeken on the toewijzing page.
CREATE INDEX "AanbiederVerzoek_aanbiederId_persoonId_idx" ON "AanbiederVerzoek"("aanbiederId", "persoonId");

-- The portal's ReferentieAanbieder: the gemeente's own series, PORTAAL-<n> (TR347 stays: unique per aanbieder).
CREATE SEQUENCE "AanbiederVerzoek_portaal_referentie";
