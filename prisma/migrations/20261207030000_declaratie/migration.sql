-- Issue 19: declaraties (WMO323/JW323) and their prestaties, each checked against its toewijzing and answered with a
-- WMO325/JW325.

CREATE TYPE "DeclaratieStatus" AS ENUM ('TOEGEKEND', 'DEELS_TOEGEKEND', 'AFGEWEZEN');

CREATE TABLE "Declaratie" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "inkomendBerichtId" UUID NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "wet" "Wet" NOT NULL,
    "declaratieNummer" VARCHAR(12) NOT NULL,
    "periodeBegin" DATE NOT NULL,
    "periodeEind" DATE NOT NULL,
    "ingediendCent" INTEGER NOT NULL,
    "toegekendCent" INTEGER NOT NULL,
    "status" "DeclaratieStatus" NOT NULL,
    "antwoordNummer" INTEGER NOT NULL,
    "antwoordXml" TEXT NOT NULL,
    "bestandOp" TIMESTAMP(3),
    "ontvangenOp" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Declaratie_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Declaratie_periode_check" CHECK ("periodeEind" >= "periodeBegin"),
    -- What is granted is what was asked for, less what was rejected: all of it, part of it, or nothing.
    CONSTRAINT "Declaratie_status_check" CHECK (
      ("status" = 'TOEGEKEND' AND "toegekendCent" = "ingediendCent")
      OR ("status" = 'AFGEWEZEN' AND "toegekendCent" = 0)
      OR "status" = 'DEELS_TOEGEKEND')
);
CREATE UNIQUE INDEX "Declaratie_inkomendBerichtId_key" ON "Declaratie"("inkomendBerichtId");
-- TR333 (retourcode 9333): a DeclaratieNummer is unique for the aanbieder.
CREATE UNIQUE INDEX "Declaratie_aanbiederId_declaratieNummer_key" ON "Declaratie"("aanbiederId", "declaratieNummer");
CREATE INDEX "Declaratie_gemeenteId_ontvangenOp_idx" ON "Declaratie"("gemeenteId", "ontvangenOp");
CREATE INDEX "Declaratie_gemeenteId_aanbiederId_ontvangenOp_idx" ON "Declaratie"("gemeenteId", "aanbiederId", "ontvangenOp");
-- The channel writes the 325s that are not in berichten/uit yet.
CREATE INDEX "Declaratie_bestandOp_idx" ON "Declaratie"("ontvangenOp") WHERE "bestandOp" IS NULL;
ALTER TABLE "Declaratie" ADD CONSTRAINT "Declaratie_aanbiederId_fkey" FOREIGN KEY ("aanbiederId") REFERENCES "Aanbieder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Declaratie" ADD CONSTRAINT "Declaratie_inkomendBerichtId_fkey" FOREIGN KEY ("inkomendBerichtId") REFERENCES "InkomendBericht"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "DeclaratiePrestatie" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "declaratieId" UUID NOT NULL,
    "aanbiederId" UUID NOT NULL,
    "toewijzingId" UUID,
    "persoonId" UUID,
    "bsn" VARCHAR(9) NOT NULL,
    "toewijzingNummer" INTEGER NOT NULL,
    "referentieNummer" VARCHAR(20) NOT NULL,
    "vorigReferentieNummer" VARCHAR(20),
    "categorie" VARCHAR(2) NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "begindatum" DATE NOT NULL,
    "einddatum" DATE NOT NULL,
    "volume" INTEGER NOT NULL,
    "eenheid" VARCHAR(2) NOT NULL,
    "tariefCent" INTEGER,
    "bedragCent" INTEGER NOT NULL,
    "debet" BOOLEAN NOT NULL,
    "toegekend" BOOLEAN NOT NULL,
    "retourcodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    CONSTRAINT "DeclaratiePrestatie_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DeclaratiePrestatie_periode_check" CHECK ("einddatum" >= "begindatum"),
    -- A rejected prestatie always says why (the 325 carries the codes); a granted one carries none but 0200.
    CONSTRAINT "DeclaratiePrestatie_retourcodes_check" CHECK ("toegekend" OR cardinality("retourcodes") > 0),
    -- A granted prestatie belongs to a toewijzing (9338 otherwise).
    CONSTRAINT "DeclaratiePrestatie_toewijzing_check" CHECK (NOT "toegekend" OR "toewijzingId" IS NOT NULL)
);
CREATE INDEX "DeclaratiePrestatie_declaratieId_idx" ON "DeclaratiePrestatie"("declaratieId");
CREATE INDEX "DeclaratiePrestatie_toewijzingId_idx" ON "DeclaratiePrestatie"("toewijzingId");
CREATE INDEX "DeclaratiePrestatie_aanbiederId_referentieNummer_idx" ON "DeclaratiePrestatie"("aanbiederId", "referentieNummer");
CREATE INDEX "DeclaratiePrestatie_persoonId_idx" ON "DeclaratiePrestatie"("persoonId");
-- 8021: a granted prestatie's ReferentieNummer once per aanbieder (a credit names the debet in VorigReferentieNummer).
CREATE UNIQUE INDEX "DeclaratiePrestatie_toegekend_referentie_key" ON "DeclaratiePrestatie"("aanbiederId", "referentieNummer") WHERE "toegekend";
ALTER TABLE "DeclaratiePrestatie" ADD CONSTRAINT "DeclaratiePrestatie_declaratieId_fkey" FOREIGN KEY ("declaratieId") REFERENCES "Declaratie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeclaratiePrestatie" ADD CONSTRAINT "DeclaratiePrestatie_toewijzingId_fkey" FOREIGN KEY ("toewijzingId") REFERENCES "Toewijzing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A toewijzingbericht that the aanbieder refused, sent again (after correction) as a new message with a new number;
-- the refused one is kept and points to it. Once.
ALTER TABLE "Bericht" ADD COLUMN "opnieuwVerstuurdAlsId" UUID;
CREATE UNIQUE INDEX "Bericht_opnieuwVerstuurdAlsId_key" ON "Bericht"("opnieuwVerstuurdAlsId");
ALTER TABLE "Bericht" ADD CONSTRAINT "Bericht_opnieuw_alleen_afgekeurd_check" CHECK ("opnieuwVerstuurdAlsId" IS NULL OR "retourGoedgekeurd" = false);

-- The Berichtenverkeer page at 100,000 households (tens of thousands of messages each way): every list and count reads
-- along an index that starts with the gemeente and gives its order.
-- "Ontvangen": every incoming message, newest first, without a status condition.
CREATE INDEX "InkomendBericht_gemeenteId_ontvangenOp_idx" ON "InkomendBericht"("gemeenteId", "ontvangenOp");
-- "Afgekeurd door aanbieder": the few refused toewijzingberichten among all sent.
CREATE INDEX "Bericht_afgekeurd_idx" ON "Bericht"("gemeenteId", "createdAt") WHERE "retourGoedgekeurd" = false;
-- The stat "Declaraties (deels) afgewezen".
CREATE INDEX "Declaratie_afgewezen_idx" ON "Declaratie"("gemeenteId", "ontvangenOp") WHERE "status" <> 'TOEGEKEND';
-- The rejected prestaties of the declaraties on one page (a declaratie of a large aanbieder holds thousands).
CREATE INDEX "DeclaratiePrestatie_afgewezen_idx" ON "DeclaratiePrestatie"("declaratieId", "referentieNummer") WHERE NOT "toegekend";
