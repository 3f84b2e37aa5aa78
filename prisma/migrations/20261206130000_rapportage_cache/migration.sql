-- Issue 16 item 9: one copy of the rapportage figures for the page and its CSV export. The production build loads
-- the use-case module once per bundle (page and route handler), so an in-memory copy gave each its own five-minute
-- snapshot and the CSV could disagree with the page it was downloaded from. The raw (unsuppressed) figures of one
-- gemeente, filter and calendar day are kept here with the moment they were computed; every app process and every
-- bundle reads the same row.
CREATE TABLE "RapportageCache" (
    "gemeenteId" UUID NOT NULL,
    "sleutel" TEXT NOT NULL,
    "dag" DATE NOT NULL,
    "berekendOp" TIMESTAMP(3) NOT NULL,
    "ruw" JSONB NOT NULL,

    CONSTRAINT "RapportageCache_pkey" PRIMARY KEY ("gemeenteId", "sleutel", "dag")
);

CREATE INDEX "RapportageCache_dag_idx" ON "RapportageCache"("dag");
