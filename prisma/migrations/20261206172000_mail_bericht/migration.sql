-- Issue 21: the outbox of notification mail, sent by a pg-boss job.
CREATE TYPE "MailStatus" AS ENUM ('WACHT', 'VERZONDEN', 'MISLUKT');

CREATE TABLE "MailBericht" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "huishoudenId" UUID REFERENCES "Huishouden"("id"),
  "soort" TEXT NOT NULL,
  "aan" TEXT NOT NULL,
  "onderwerp" TEXT NOT NULL,
  "tekst" TEXT NOT NULL,
  "status" "MailStatus" NOT NULL DEFAULT 'WACHT',
  "pogingen" INTEGER NOT NULL DEFAULT 0,
  "fout" TEXT,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "verzondenOp" TIMESTAMP(3),
  CONSTRAINT "MailBericht_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MailBericht_gemeenteId_status_createdAt_idx" ON "MailBericht"("gemeenteId", "status", "createdAt");
