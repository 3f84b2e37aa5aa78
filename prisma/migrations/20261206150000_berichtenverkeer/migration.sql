-- Issue 19: the berichtenverkeer with the aanbieders in both directions (iWmo/iJw 3.2).

-- The retour (302) on a sent toewijzingbericht.
ALTER TABLE "Bericht" ADD COLUMN "retourOp" TIMESTAMP(3),
  ADD COLUMN "retourGoedgekeurd" BOOLEAN,
  ADD COLUMN "retourcodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "retourBerichtId" UUID,
  ADD COLUMN "bestandOp" TIMESTAMP(3);
-- The channel writes what is not in berichten/uit yet.
CREATE INDEX "Bericht_bestandOp_idx" ON "Bericht"("createdAt") WHERE "bestandOp" IS NULL;
-- Waiting for a retour: the Berichtenverkeer page lists them oldest first.
CREATE INDEX "Bericht_gemeenteId_retourOp_createdAt_idx" ON "Bericht"("gemeenteId", "retourOp", "createdAt");

-- TR379: a toewijzing that honours a verzoek carries its ReferentieAanbieder.
ALTER TABLE "Toewijzing" ADD COLUMN "referentieAanbieder" VARCHAR(36);

CREATE TYPE "InkomendBerichtStatus" AS ENUM ('ONTVANGEN', 'VERWERKT', 'GEWEIGERD');

CREATE TABLE "InkomendBericht" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "inhoud" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bron" TEXT NOT NULL,
    "soort" TEXT,
    "afzender" TEXT,
    "identificatie" TEXT,
    "aanbiederId" UUID,
    "persoonId" UUID,
    "status" "InkomendBerichtStatus" NOT NULL DEFAULT 'ONTVANGEN',
    "redenen" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retourcodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ontvangenOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verwerktOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "InkomendBericht_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InkomendBericht_bron_check" CHECK ("bron" IN ('MAP', 'UPLOAD')),
    -- Processed means with its outcome: a refused message always says why.
    CONSTRAINT "InkomendBericht_geweigerd_reden_check" CHECK ("status" <> 'GEWEIGERD' OR cardinality("redenen") > 0),
    CONSTRAINT "InkomendBericht_verwerkt_op_check" CHECK (("status" = 'ONTVANGEN') = ("verwerktOp" IS NULL))
);
CREATE UNIQUE INDEX "InkomendBericht_gemeenteId_sha256_key" ON "InkomendBericht"("gemeenteId", "sha256");
CREATE INDEX "InkomendBericht_gemeenteId_status_ontvangenOp_idx" ON "InkomendBericht"("gemeenteId", "status", "ontvangenOp");
CREATE INDEX "InkomendBericht_gemeenteId_aanbiederId_ontvangenOp_idx" ON "InkomendBericht"("gemeenteId", "aanbiederId", "ontvangenOp");
ALTER TABLE "InkomendBericht" ADD CONSTRAINT "InkomendBericht_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Zorglevering" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "toewijzingId" UUID NOT NULL,
    "begindatum" DATE NOT NULL,
    "einddatum" DATE,
    "redenBeeindiging" VARCHAR(2),
    "startBerichtId" UUID,
    "stopBerichtId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Zorglevering_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Zorglevering_periode_check" CHECK ("einddatum" IS NULL OR "einddatum" >= "begindatum"),
    CONSTRAINT "Zorglevering_stop_check" CHECK (("einddatum" IS NULL) = ("redenBeeindiging" IS NULL))
);
CREATE UNIQUE INDEX "Zorglevering_toewijzingId_begindatum_key" ON "Zorglevering"("toewijzingId", "begindatum");
CREATE INDEX "Zorglevering_gemeenteId_createdAt_idx" ON "Zorglevering"("gemeenteId", "createdAt");
ALTER TABLE "Zorglevering" ADD CONSTRAINT "Zorglevering_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- TR326: at most one delivery without an end per toewijzing.
CREATE UNIQUE INDEX "Zorglevering_een_lopende" ON "Zorglevering"("toewijzingId") WHERE "einddatum" IS NULL;

CREATE TYPE "AanbiederVerzoekStatus" AS ENUM ('OPEN', 'TOEGEWEZEN', 'AFGEWEZEN');

CREATE TABLE "AanbiederVerzoek" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "soort" TEXT NOT NULL,
    "inkomendBerichtId" UUID NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "persoonId" UUID,
    "bsn" VARCHAR(9) NOT NULL,
    "referentieAanbieder" TEXT NOT NULL,
    "producten" JSONB NOT NULL,
    "status" "AanbiederVerzoekStatus" NOT NULL DEFAULT 'OPEN',
    "ontvangenOp" TIMESTAMP(3) NOT NULL,
    "uiterlijkOp" DATE NOT NULL,
    "beantwoordOp" TIMESTAMP(3),
    "beantwoordDoorId" UUID,
    "redenAfwijzing" VARCHAR(1),
    "antwoordXml" TEXT,
    "bestandOp" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "AanbiederVerzoek_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AanbiederVerzoek_soort_check" CHECK ("soort" IN ('TOEWIJZING', 'WIJZIGING')),
    -- An answered verzoek says when and by whom; a refusal says why (CD085).
    CONSTRAINT "AanbiederVerzoek_beantwoord_check" CHECK (("status" = 'OPEN') = ("beantwoordOp" IS NULL)),
    CONSTRAINT "AanbiederVerzoek_afwijzing_check" CHECK (("status" = 'AFGEWEZEN') = ("redenAfwijzing" IS NOT NULL))
);
CREATE INDEX "AanbiederVerzoek_inkomendBerichtId_idx" ON "AanbiederVerzoek"("inkomendBerichtId");
-- TR347: a ReferentieAanbieder is unique for the aanbieder.
CREATE UNIQUE INDEX "AanbiederVerzoek_aanbiederId_referentieAanbieder_key" ON "AanbiederVerzoek"("aanbiederId", "referentieAanbieder");
CREATE INDEX "AanbiederVerzoek_gemeenteId_status_ontvangenOp_idx" ON "AanbiederVerzoek"("gemeenteId", "status", "ontvangenOp");
CREATE INDEX "AanbiederVerzoek_aanbiederId_ontvangenOp_idx" ON "AanbiederVerzoek"("aanbiederId", "ontvangenOp");
ALTER TABLE "AanbiederVerzoek" ADD CONSTRAINT "AanbiederVerzoek_inkomendBerichtId_fkey" FOREIGN KEY ("inkomendBerichtId") REFERENCES "InkomendBericht"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AanbiederVerzoek" ADD CONSTRAINT "AanbiederVerzoek_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
