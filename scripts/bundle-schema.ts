// Writes samples/bundle.schema.json, the JSON Schema of import bundles, from the validation the import service runs.
//   npm run codegen:bundle-schema            writes it
//   npm run codegen:bundle-schema -- --check exits 1 when the committed file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { BundleDocument } from '../src/modules/imports/imports.validation';
import { projectPath } from '../src/shared/paths';

export const BUNDLE_SCHEMA_PATH = projectPath('samples', 'bundle.schema.json');

export function bundleJsonSchema(): string {
  const schema = z.toJSONSchema(BundleDocument, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://dossier.example/bundle.schema.json', title: 'Dossier import bundle', ...schema }, null, 2)}\n`;
}

if (require.main === module) {
  const text = bundleJsonSchema();
  if (process.argv.includes('--check')) {
    const stale = readFileSync(BUNDLE_SCHEMA_PATH, 'utf8') !== text;
    console.log(stale ? 'samples/bundle.schema.json is stale: run npm run codegen' : 'samples/bundle.schema.json is current.');
    process.exit(stale ? 1 : 0);
  }
  writeFileSync(BUNDLE_SCHEMA_PATH, text);
  console.log('Wrote samples/bundle.schema.json');
}
