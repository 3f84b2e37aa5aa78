-- Issue 22: ketenpartners. Partner organisations (kinds beside the aanbieders) and their users, the organisation that
-- carries out a plan action, consent for a registered partner organisation, and what partners send back: progress on
-- their actions, zorgsignalen and proposals.
CREATE TYPE "PartnerSoort" AS ENUM ('AANBIEDER', 'HUISARTSENPRAKTIJK', 'SCHOOL', 'WONINGCORPORATIE', 'SCHULDHULPVERLENING', 'POLITIE_VEILIG_THUIS');
CREATE TYPE "PartnerSignaalSoort" AS ENUM ('ZORG', 'NIET_VERSCHENEN', 'CRISIS');
CREATE TYPE "PartnerVoorstelStatus" AS ENUM ('OPEN', 'OVERGENOMEN', 'AFGEWEZEN');

CREATE TABLE "PartnerOrganisatie" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL REFERENCES "Gemeente"("id"),
  "soort" "PartnerSoort" NOT NULL,
  "naam" TEXT NOT NULL,
  "kvkNummer" CHAR(8) NOT NULL,
  "aanbiederId" UUID REFERENCES "Aanbieder"("id"),
  "actief" BOOLEAN NOT NULL DEFAULT true,
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PartnerOrganisatie_pkey" PRIMARY KEY ("id"),
  -- An organisation of soort AANBIEDER is an aanbieder of the gemeente (its toewijzingen); no other soort is one.
  CONSTRAINT "PartnerOrganisatie_aanbieder_check" CHECK (("soort" = 'AANBIEDER') = ("aanbiederId" IS NOT NULL)),
  CONSTRAINT "PartnerOrganisatie_kvk_check" CHECK ("kvkNummer" ~ '^[0-9]{8}$')
);
CREATE UNIQUE INDEX "PartnerOrganisatie_aanbiederId_key" ON "PartnerOrganisatie"("aanbiederId");
CREATE UNIQUE INDEX "PartnerOrganisatie_gemeenteId_kvkNummer_key" ON "PartnerOrganisatie"("gemeenteId", "kvkNummer");

CREATE TABLE "PartnerGebruiker" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL REFERENCES "Gemeente"("id"),
  "organisatieId" UUID NOT NULL,
  "naam" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "coordinator" BOOLEAN NOT NULL DEFAULT false,
  "actief" BOOLEAN NOT NULL DEFAULT true,
  "laatstIngelogdOp" TIMESTAMP(3),
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PartnerGebruiker_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "PartnerGebruiker_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "PartnerOrganisatie"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "PartnerGebruiker_organisatieId_email_key" ON "PartnerGebruiker"("organisatieId", "email");

ALTER TABLE "Actie" ADD COLUMN "partnerOrganisatieId" UUID REFERENCES "PartnerOrganisatie"("id"),
  ADD COLUMN "gedeeld" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "Actie_partnerOrganisatieId_idx" ON "Actie"("partnerOrganisatieId");

ALTER TABLE "Toestemming" ADD COLUMN "partnerOrganisatieId" UUID REFERENCES "PartnerOrganisatie"("id"),
  ADD COLUMN "deeltContactgegevens" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "Toestemming_partnerOrganisatieId_idx" ON "Toestemming"("partnerOrganisatieId");
-- A consent for a partner organisation is a consent to share with a party.
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_partner_soort_check" CHECK ("partnerOrganisatieId" IS NULL OR "soort" = 'DELEN_MET_PARTIJ');

CREATE TABLE "PartnerVoortgang" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "huishoudenId" UUID NOT NULL REFERENCES "Huishouden"("id"),
  "actieId" UUID NOT NULL REFERENCES "Actie"("id"),
  "organisatieId" UUID NOT NULL REFERENCES "PartnerOrganisatie"("id"),
  "gebruikerId" UUID NOT NULL REFERENCES "PartnerGebruiker"("id"),
  "status" "ActieStatus" NOT NULL,
  "notitie" TEXT NOT NULL,
  "op" DATE NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PartnerVoortgang_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PartnerVoortgang_actieId_createdAt_idx" ON "PartnerVoortgang"("actieId", "createdAt");
CREATE INDEX "PartnerVoortgang_huishoudenId_createdAt_idx" ON "PartnerVoortgang"("huishoudenId", "createdAt");

CREATE TABLE "PartnerSignaal" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "huishoudenId" UUID NOT NULL REFERENCES "Huishouden"("id"),
  "casusId" UUID REFERENCES "Casus"("id"),
  "organisatieId" UUID NOT NULL REFERENCES "PartnerOrganisatie"("id"),
  "gebruikerId" UUID NOT NULL REFERENCES "PartnerGebruiker"("id"),
  "soort" "PartnerSignaalSoort" NOT NULL,
  "toelichting" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "afgehandeldOp" TIMESTAMP(3),
  "afgehandeldDoorId" UUID REFERENCES "User"("id"),
  "version" INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT "PartnerSignaal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PartnerSignaal_gemeenteId_afgehandeldOp_createdAt_idx" ON "PartnerSignaal"("gemeenteId", "afgehandeldOp", "createdAt");
CREATE INDEX "PartnerSignaal_huishoudenId_createdAt_idx" ON "PartnerSignaal"("huishoudenId", "createdAt");

CREATE TABLE "PartnerVoorstel" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "huishoudenId" UUID NOT NULL REFERENCES "Huishouden"("id"),
  "organisatieId" UUID NOT NULL REFERENCES "PartnerOrganisatie"("id"),
  "gebruikerId" UUID NOT NULL REFERENCES "PartnerGebruiker"("id"),
  "actieId" UUID REFERENCES "Actie"("id"),
  "doelId" UUID REFERENCES "Doel"("id"),
  "wat" TEXT NOT NULL,
  "uiterlijk" DATE,
  "toelichting" TEXT NOT NULL,
  "status" "PartnerVoorstelStatus" NOT NULL DEFAULT 'OPEN',
  "beoordeeldOp" TIMESTAMP(3),
  "beoordeeldDoorId" UUID REFERENCES "User"("id"),
  "version" INTEGER NOT NULL DEFAULT 1,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PartnerVoorstel_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PartnerVoorstel_huishoudenId_status_idx" ON "PartnerVoorstel"("huishoudenId", "status");
