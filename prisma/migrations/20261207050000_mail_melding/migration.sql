-- Issue 21: the "melding ontvangen" mail belongs to its melding (there is no household yet), so that the retention
-- of that melding's household clears it too.
ALTER TABLE "MailBericht" ADD COLUMN "meldingId" UUID REFERENCES "Melding"("id");
CREATE INDEX "MailBericht_meldingId_idx" ON "MailBericht"("meldingId");
