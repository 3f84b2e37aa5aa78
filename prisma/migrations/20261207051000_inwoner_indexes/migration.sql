-- Issue 21, the resident pages in the benchmark: whom a resident represents (gezag, voogdij) is looked up by the
-- representative on every Mijn plan request.
CREATE INDEX "Vertegenwoordiging_vertegenwoordigerId_idx" ON "Vertegenwoordiging"("vertegenwoordigerId");
