// Once per run: the embedded template's dump removed (see pglite-template.ts).
import { rmSync } from 'node:fs';
import { PGLITE_TEMPLATE_ENV } from './pglite-template';

export default function removePgliteTemplate(): void {
  const file = process.env[PGLITE_TEMPLATE_ENV];
  if (file) rmSync(file, { force: true });
}
