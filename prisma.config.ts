// Prisma CLI configuration. Only `prisma generate` runs here (see README: migrations are applied by src/db/migrate.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
