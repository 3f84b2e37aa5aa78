-- Issue 21: messages between a household and its regisseur in Mijn plan.
CREATE TABLE "PortaalBericht" (
  "id" UUID NOT NULL,
  "gemeenteId" UUID NOT NULL,
  "huishoudenId" UUID NOT NULL REFERENCES "Huishouden"("id"),
  "persoonId" UUID REFERENCES "Persoon"("id"),
  "medewerkerId" UUID REFERENCES "User"("id"),
  "tekst" TEXT NOT NULL,
  "documentId" UUID REFERENCES "Document"("id"),
  "op" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "gelezenOp" TIMESTAMP(3),
  CONSTRAINT "PortaalBericht_pkey" PRIMARY KEY ("id"),
  -- written by a resident or by staff, never both, never neither
  CONSTRAINT "PortaalBericht_afzender_check" CHECK (("persoonId" IS NULL) <> ("medewerkerId" IS NULL)),
  CONSTRAINT "PortaalBericht_tekst_check" CHECK (length(btrim("tekst")) > 0 AND length("tekst") <= 4000)
);
CREATE INDEX "PortaalBericht_huishoudenId_op_idx" ON "PortaalBericht"("huishoudenId", "op");
