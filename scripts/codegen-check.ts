// npm run codegen:check: fails when src/generated/graphql.ts is not what schema.graphql generates, or
// samples/bundle.schema.json is not what the bundle validation generates.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { BUNDLE_SCHEMA_PATH, bundleJsonSchema } from './bundle-schema';

async function main(): Promise<void> {
  const outputs: { filename: string; content: string }[] = [
    ...(await generate({ ...config, silent: true }, false)),
    { filename: BUNDLE_SCHEMA_PATH, content: bundleJsonSchema() },
  ];
  const stale = outputs.filter((output) => readFileSync(output.filename, 'utf8') !== output.content).map((output) => output.filename);
  if (stale.length > 0) {
    console.error(`Stale generated files (run npm run codegen): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`Generated types are up to date (${outputs.map((output) => output.filename).join(', ')}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
