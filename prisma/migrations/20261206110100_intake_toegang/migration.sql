-- Issue 16 item 14: whoever did the intake keeps need-to-know for a stated period (lib/server/access/household-access.ts,
-- ground INTAKE): the triages one person did recently, without reading every triage.
CREATE INDEX "Triage_doorId_op_idx" ON "Triage"("doorId", "op");
