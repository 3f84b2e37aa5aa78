-- Vraagverheldering (issue 4): the verslag tells the resident what was agreed and what happens next (Wmo 2015
-- art. 2.3.2 lid 8: a written verslag of the onderzoek).
ALTER TABLE "Gesprek" ADD COLUMN "afspraken" TEXT;
ALTER TABLE "Gesprek" ADD COLUMN "vervolg" TEXT;
