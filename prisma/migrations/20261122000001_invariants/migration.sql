-- Household invariants and other rules that Prisma's schema language cannot express (DOMAIN.md §3).
-- Each is proven refused by tests/integration/invariants.test.ts.

-- Rule 1: a person is in at most one current household.
CREATE UNIQUE INDEX "HuishoudenLidmaatschap_een_actueel_huishouden"
  ON "HuishoudenLidmaatschap" ("persoonId") WHERE "tot" IS NULL;

-- Rule 1: a household has at most one open casus.
CREATE UNIQUE INDEX "Casus_een_open_casus_per_huishouden"
  ON "Casus" ("huishoudenId") WHERE "fase" <> 'AFGESLOTEN';
ALTER TABLE "Casus" ADD CONSTRAINT "Casus_afgesloten_heeft_datum"
  CHECK (("fase" = 'AFGESLOTEN') = ("afgeslotenOp" IS NOT NULL));

-- Rule 2: a household has at most one current ondersteuningsplan; a plan at most one version in the making.
CREATE UNIQUE INDEX "Ondersteuningsplan_een_actueel_plan"
  ON "Ondersteuningsplan" ("huishoudenId") WHERE "actueel";
CREATE UNIQUE INDEX "PlanVersie_een_versie_in_bewerking"
  ON "PlanVersie" ("planId") WHERE "status" IN ('CONCEPT', 'TER_AKKOORD');

-- Rule 3: at most one current lead regisseur per household; every assignment names a regisseur or a partner.
CREATE UNIQUE INDEX "RegieToewijzing_een_lead_regisseur"
  ON "RegieToewijzing" ("huishoudenId") WHERE "lead" AND "tot" IS NULL;
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_regisseur_of_partner"
  CHECK ("regisseurId" IS NOT NULL OR "aanbiederId" IS NOT NULL);
-- A second, non-lead regisseur of the same form is an exception: it needs a reason and an approver.
ALTER TABLE "RegieToewijzing" ADD CONSTRAINT "RegieToewijzing_uitzondering_goedgekeurd"
  CHECK ("uitzonderingReden" IS NULL OR "goedgekeurdDoorId" IS NOT NULL);

-- Rule 4 (Wmo 2015 art. 2.3.2 lid 4): maatwerk only after eigen kracht, netwerk and algemene voorzieningen.
ALTER TABLE "ArrangementItem" ADD CONSTRAINT "ArrangementItem_voorliggend_overwogen"
  CHECK ("soort" <> 'MAATWERK' OR ("eigenKrachtOverwogen" AND "netwerkOverwogen" AND "algemeneVoorzieningOverwogen"
         AND "productId" IS NOT NULL));

-- Rule 5: sharing rests on consent or a recorded legal ground.
ALTER TABLE "Gegevensdeling" ADD CONSTRAINT "Gegevensdeling_grondslag"
  CHECK ("toestemmingId" IS NOT NULL OR "wettelijkeGrond" IS NOT NULL);
ALTER TABLE "Toestemming" ADD CONSTRAINT "Toestemming_partij_en_doel"
  CHECK ("soort" <> 'DELEN_MET_PARTIJ' OR ("partij" IS NOT NULL AND "doel" IS NOT NULL));

-- Rule 7: four eyes on a beschikking.
ALTER TABLE "Beschikking" ADD CONSTRAINT "Beschikking_vier_ogen"
  CHECK ("vastgesteldDoorId" IS NULL OR "vastgesteldDoorId" <> "opgesteldDoorId");
ALTER TABLE "BeschiktProduct" ADD CONSTRAINT "BeschiktProduct_zin_heeft_aanbieder"
  CHECK ("leveringsvorm" <> 'ZIN' OR "aanbiederId" IS NOT NULL);
ALTER TABLE "BeschiktProduct" ADD CONSTRAINT "BeschiktProduct_omvang_of_budget"
  CHECK ("volume" IS NOT NULL OR "budgetCent" IS NOT NULL);

-- Rule 8: a suspension belongs to exactly one term.
ALTER TABLE "Opschorting" ADD CONSTRAINT "Opschorting_een_termijn"
  CHECK (("casusId" IS NOT NULL) <> ("aanvraagId" IS NOT NULL));
ALTER TABLE "Opschorting" ADD CONSTRAINT "Opschorting_tot_na_van"
  CHECK ("tot" IS NULL OR "tot" >= "van");

-- Formats of the standards (DOMAIN.md §5).
ALTER TABLE "Persoon" ADD CONSTRAINT "Persoon_bsn_formaat" CHECK ("bsn" IS NULL OR "bsn" ~ '^[0-9]{9}$');
ALTER TABLE "ZrmScore" ADD CONSTRAINT "ZrmScore_score_1_tot_5" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "Product" ADD CONSTRAINT "Product_code_formaat"
  CHECK ("code" ~ '^[0-9]{2}[A-Z0-9]{3}$' AND "categorie" = left("code", 2));
ALTER TABLE "Aanbieder" ADD CONSTRAINT "Aanbieder_agb_formaat" CHECK ("agbCode" ~ '^[0-9]{8}$');
ALTER TABLE "Huishouden" ADD CONSTRAINT "Huishouden_postcode_formaat" CHECK ("postcode" ~ '^[1-9][0-9]{3}[A-Z]{2}$');

-- The access log is append-only: the application can neither change nor delete a row.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEntry_append_only_row" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "AuditEntry_append_only_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- Search: names and addresses by trigram, so that a partial name stays fast on 100,000 households.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Persoon_achternaam_trgm" ON "Persoon" USING gin (lower("achternaam") gin_trgm_ops);
CREATE INDEX "Persoon_bsn" ON "Persoon" ("bsn") WHERE "bsn" IS NOT NULL;
