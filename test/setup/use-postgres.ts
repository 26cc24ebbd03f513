process.env.DOSSIER_TEST_DB = 'postgres';
