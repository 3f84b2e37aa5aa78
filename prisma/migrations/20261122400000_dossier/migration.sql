-- The household dossier (issue 11): the journaal of contactmomenten, and search indexes.

-- CreateEnum
CREATE TYPE "ContactSoort" AS ENUM ('TELEFOON', 'HUISBEZOEK', 'OVERLEG', 'EMAIL', 'CASUISTIEKBESPREKING', 'INTERVISIE');

-- CreateTable
CREATE TABLE "Contactmoment" (
    "id" UUID NOT NULL,
    "gemeenteId" UUID NOT NULL,
    "huishoudenId" UUID NOT NULL,
    "casusId" UUID,
    "soort" "ContactSoort" NOT NULL,
    "datum" TIMESTAMP(3) NOT NULL,
    "duurMinuten" INTEGER NOT NULL,
    "metWie" TEXT NOT NULL,
    "notitie" TEXT NOT NULL,
    "auteurId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contactmoment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Contactmoment_huishoudenId_datum_idx" ON "Contactmoment"("huishoudenId", "datum");

-- AddForeignKey
ALTER TABLE "Contactmoment" ADD CONSTRAINT "Contactmoment_huishoudenId_fkey" FOREIGN KEY ("huishoudenId") REFERENCES "Huishouden"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A contact lasts between one minute and a working day.
ALTER TABLE "Contactmoment" ADD CONSTRAINT "Contactmoment_duur" CHECK ("duurMinuten" BETWEEN 1 AND 720);

-- Search by name: Prisma's case-insensitive `contains` is `achternaam ILIKE '%…%'`, which the trigram index on
-- lower(achternaam) cannot serve; a trigram index on the column itself serves ILIKE directly.
CREATE INDEX "Persoon_achternaam_ilike_trgm" ON "Persoon" USING gin ("achternaam" gin_trgm_ops);
-- Search by name lists current members only.
CREATE INDEX "HuishoudenLidmaatschap_actueel_persoon" ON "HuishoudenLidmaatschap" ("persoonId", "huishoudenId") WHERE "tot" IS NULL;
