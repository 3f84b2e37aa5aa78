-- Issue 23: Nog versturen (lib/server/beschikking/list-nog-versturen.ts) at a million households. Its counts were made
-- by checking need-to-know for every vastgestelde beschikking and every toewijzing still to send (thousands), on every
-- view of the aanvragen queue and of the worklist. Hand-written SQL only: Prisma's schema language has neither partial
-- indexes nor a foreign key on part of a relation's columns.

-- A beschikking made on an aanvraag lies in that aanvraag's household (save-beschikking-concept and wijzigen-beschikking
-- copy it; nothing moves either). The backoffice's need-to-know ground is "the household has an aanvraag", so with
-- this key a beschikking with an aanvraag is visible to the backoffice without reading its household. When an aanvraag
-- is removed, the beschikking keeps its household and loses only the aanvraag (as the existing key does).
ALTER TABLE "Aanvraag" ADD CONSTRAINT "Aanvraag_id_huishoudenId_key" UNIQUE ("id", "huishoudenId");
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_aanvraag_huishouden_fkey"
  FOREIGN KEY ("aanvraagId", "huishoudenId") REFERENCES "Aanvraag"("id", "huishoudenId") ON DELETE SET NULL ("aanvraagId") ON UPDATE NO ACTION;

-- The vastgestelde beschikkingen in the worklist's order, with what the count and need-to-know read: the page is read
-- from it and cut at 25, and the count needs no row of the table.
CREATE INDEX "Beschikking_vastgesteld" ON "Beschikking"("gemeenteId", "vastgesteldOp" ASC NULLS FIRST, "identificatie" COLLATE "C")
  INCLUDE ("aanvraagId", "huishoudenId") WHERE "status" = 'VASTGESTELD';

-- The toewijzingen that may still have to go to the aanbieder (20261206110000_nog_versturen), now in the whole order of
-- the list and with what the rest of the rule reads, so that the count is made from the index alone. Same name and
-- predicate (written word for word in the query: toewijzingTeVersturen).
DROP INDEX "Toewijzing_te_versturen";
CREATE INDEX "Toewijzing_te_versturen" ON "Toewijzing"("gemeenteId", "toewijzingOp", "toewijzingNummer") INCLUDE ("status", "id")
  WHERE ("status" IN ('NIEUW', 'GEWIJZIGD') OR ("status" = 'INGETROKKEN' AND "redenWijziging" IS NOT NULL));
