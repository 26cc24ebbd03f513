// The sample knowledge base: the India-Russia summit analysis in samples/, with the actors, events, leaders' terms
// and claims it contains, as one import bundle (samples/sample-bundle.json); and SIPRI's trade register.
import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/paths';
import type { Services } from '../services';
import { importFile } from '../modules/imports/import-file';
import type { Bundle, ImportResult } from '../modules/imports/bundle';
import { BundleDocument } from '../modules/imports/imports.validation';
import { claimNaturalKey } from '../modules/claims/claims.service';
import { SIPRI_SOURCE } from '../modules/imports/sipri-register';
import { contentHashOf } from '../modules/sources/sources.service';

/** SIPRI Arms Transfers Database trade register, deliveries 2000-2023 (c) SIPRI, as exported on 3 Jan 2025. */
export const SAMPLE_REGISTER_PATH = projectPath('samples', 'sipri-trade-register-2000-2023.csv');

/** The sample's actors, sources, events, leaders' terms and claims: a bundle, as any import takes it. */
export const SAMPLE_BUNDLE_PATH = projectPath('samples', 'sample-bundle.json');

/** The author the sample's rows and versions are recorded as. */
export const SAMPLE_AUTHOR = 'sample';

/** The sample bundle, checked against the bundle's schema (a defect of ours if it fails: the sample must import). */
export function sampleBundle(): BundleDocument {
  const parsed = BundleDocument.safeParse(JSON.parse(readFileSync(SAMPLE_BUNDLE_PATH, 'utf8')));
  if (!parsed.success) throw new Error(`samples/sample-bundle.json is not a bundle: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Loads the sample unless it is complete; returns whether anything was written. One atomic bundle: a first start
 * cut short wrote nothing of it and loads it whole on the next one; loading it again changes nothing.
 */
export async function loadSample(services: Services): Promise<boolean> {
  const bundle = sampleBundle();
  const article = bundle.sources?.[0];
  const marker = bundle.claims?.find((claim) => claim.asserterSource);
  if (!article?.text || !marker) throw new Error('samples/sample-bundle.json must hold the article first and a claim it asserts');
  const stored = await services.sources.findByContentHash(contentHashOf(article.text.text, null));
  if (stored && (await services.claims.existsWithKey(claimNaturalKey(marker.statement, null, stored.id)))) return false;
  const result = await services.imports.importBundle(JSON.parse(readFileSync(SAMPLE_BUNDLE_PATH, 'utf8')) as Bundle, { author: SAMPLE_AUTHOR });
  if (result.errors.length > 0) throw new Error(`the sample does not import: ${JSON.stringify(result.errors)}`);
  return true;
}

/** The register's rows in the shipped file (its data lines, after the header). */
export function sampleRegisterRows(): number {
  const text = readFileSync(SAMPLE_REGISTER_PATH, 'utf8');
  const header = text.indexOf('\nSIPRI AT Database ID,');
  return text.slice(header + 1).split('\n').filter((line) => line.trim() !== '').length - 1;
}

/** Whether SIPRI's register, or part of it, is still to be loaded. */
export async function sipriSampleMissing(services: Services): Promise<boolean> {
  const dataset = await services.sources.findByContentHash(contentHashOf(null, SIPRI_SOURCE.url));
  return !dataset || (await services.armsTransfers.countOfDataset(dataset.id)) < sampleRegisterRows();
}

/**
 * Loads SIPRI's trade register unless all of it is stored; null when it was. A load cut short (the service stopped
 * during its first start) is completed at the next one: the import is idempotent, and stored rows come back unchanged.
 */
export async function loadSipriSample(
  services: Services,
  options: { onProgress?: (progress: { done: number; total: number }) => void; shouldStop?: () => boolean } = {},
): Promise<ImportResult | null> {
  if (!(await sipriSampleMissing(services))) return null;
  return importFile(services.imports, SAMPLE_REGISTER_PATH, { author: SAMPLE_AUTHOR, mode: 'PARTIAL', ...options });
}
