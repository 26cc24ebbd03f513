-- Written by hand: a write of fact checks changes answers, so it advances the data version, as every table of the
-- knowledge base does (test/modules/http-cache.test.ts holds every table to it).
CREATE TRIGGER fact_check_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fact_check
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump_data_version();
