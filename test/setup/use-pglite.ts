process.env.DOSSIER_TEST_DB = 'pglite';
