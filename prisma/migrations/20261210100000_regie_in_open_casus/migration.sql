-- One regisseur per household, and only while the household has an open casus (DOMAIN.md §3): closing a casus ends its
-- regie (lib/server/casus/afsluiten-casus.ts sluitCasusAf), and a closed casus gets no current assignment. The
-- database now holds it as well. Issue 23: the casusverdeling counts a coach's caseload from RegieToewijzing alone
-- (lib/server/regie/team-caseload.ts), without looking up every assignment's casus to leave out the closed ones.
--
-- Checked at commit (deferred constraint triggers): sluitCasusAf moves the casus to AFGESLOTEN first and ends its regie
-- after, in the same transaction.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "RegieToewijzing" r JOIN "Casus" c ON c."id" = r."casusId" WHERE r."tot" IS NULL AND c."fase" = 'AFGESLOTEN') THEN
    RAISE EXCEPTION 'RegieToewijzing_in_open_casus: a closed casus has a current regie assignment; end it (tot) before this migration';
  END IF;
END $$;

CREATE FUNCTION regie_in_open_casus(casus UUID) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "RegieToewijzing" r JOIN "Casus" c ON c."id" = r."casusId"
             WHERE r."casusId" = casus AND r."tot" IS NULL AND c."fase" = 'AFGESLOTEN') THEN
    RAISE EXCEPTION 'Een afgesloten casus heeft geen lopende regie (casus %)', casus
      USING ERRCODE = 'integrity_constraint_violation', HINT = 'RegieToewijzing_in_open_casus';
  END IF;
END $$;

CREATE FUNCTION casus_zonder_lopende_regie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM regie_in_open_casus(NEW."id");
  RETURN NULL;
END $$;

CREATE FUNCTION regie_toewijzing_in_open_casus() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM regie_in_open_casus(NEW."casusId");
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Casus_afgesloten_zonder_regie" AFTER INSERT OR UPDATE OF "fase" ON "Casus"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."fase" = 'AFGESLOTEN') EXECUTE FUNCTION casus_zonder_lopende_regie();

CREATE CONSTRAINT TRIGGER "RegieToewijzing_in_open_casus" AFTER INSERT OR UPDATE OF "tot", "casusId" ON "RegieToewijzing"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."tot" IS NULL) EXECUTE FUNCTION regie_toewijzing_in_open_casus();
