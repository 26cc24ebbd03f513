// prisma/schema.prisma and prisma/migrations agree: a schema change without its migration fails here.
import { runScript } from '../helpers/run-script';

it('needs no migration beyond those in prisma/migrations (run `npm run db:diff -- <name>` when this fails)', () => {
  const { status, output } = runScript('scripts/db-diff.ts', ['--check']);
  expect(output).toContain('Migrations match prisma/schema.prisma.');
  expect(status).toBe(0);
});
