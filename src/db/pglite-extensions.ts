// The PostgreSQL extensions Dossier's migrations create (name matching), loaded on every open of an embedded
// database: PGlite refuses CREATE EXTENSION for one not passed here, and a database created with one cannot be
// read without it.
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent, fuzzystrmatch };
