-- Issue 16 item 2: the backoffice's worklist of what is vastgesteld but not sent (lib/server/beschikking/list-nog-versturen.ts).
-- Toewijzingen that may still have to go to the aanbieder (new, changed, or withdrawn with a RedenWijziging): a small
-- part of all toewijzingen, oldest first. The predicate is written word for word in the worklist's query
-- (toewijzingTeVersturen), so that the planner can prove the query implies it. Prisma's schema language has no
-- partial indexes; this one lives here only. (The vastgestelde beschikkingen are found through the existing
-- "Beschikking_status_aanvraagId_idx".)
CREATE INDEX "Toewijzing_te_versturen" ON "Toewijzing"("gemeenteId", "toewijzingOp")
  WHERE ("status" IN ('NIEUW', 'GEWIJZIGD') OR ("status" = 'INGETROKKEN' AND "redenWijziging" IS NOT NULL));
