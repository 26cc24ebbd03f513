// The sample knowledge base: the India-Russia summit analysis in samples/, with the actors, events and
// claims it contains. Written through the import service, as bundles; loading twice adds nothing.
import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/paths';
import type { Services } from '../services';
import { importFile } from '../modules/imports/import-file';
import type { Bundle, ImportResult } from '../modules/imports/bundle';
import { claimNaturalKey } from '../modules/claims/claims.service';
import { SIPRI_SOURCE } from '../modules/imports/sipri-register';
import { contentHashOf } from '../modules/sources/sources.service';
import { RequestBatches } from '../shared/batches';

export const SAMPLE_ARTICLE_PATH = projectPath('samples', 'india-russia-summit-article.txt');
/** SIPRI Arms Transfers Database trade register, deliveries 2000-2023 (c) SIPRI, as exported on 3 Jan 2025. */
export const SAMPLE_REGISTER_PATH = projectPath('samples', 'sipri-trade-register-2000-2023.csv');

/** The article as stored: its paragraphs, each once (the file repeats most of them). */
export function sampleArticleText(): string {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const line of readFileSync(SAMPLE_ARTICLE_PATH, 'utf8').replace(/\r\n?/g, '\n').split('\n')) {
    const paragraph = line.trim();
    if (paragraph && !seen.has(paragraph)) {
      seen.add(paragraph);
      paragraphs.push(paragraph);
    }
  }
  return paragraphs.join('\n');
}

const ACTORS = [
  { kind: 'STATE', name: 'Russia', isoCode: 'RUS', wikidataId: 'Q159', demonyms: ['Russian'], aliases: ['Russian Federation', 'Moscow', 'the Kremlin'], description: 'The Russian Federation.' },
  { kind: 'STATE', name: 'India', isoCode: 'IND', wikidataId: 'Q668', demonyms: ['Indian'], aliases: ['Republic of India', 'New Delhi'], description: 'The Republic of India.' },
  { kind: 'STATE', name: 'China', isoCode: 'CHN', wikidataId: 'Q148', demonyms: ['Chinese'], aliases: ["People's Republic of China", 'PRC', 'Beijing'], description: "The People's Republic of China." },
  { kind: 'STATE', name: 'Ukraine', isoCode: 'UKR', wikidataId: 'Q212', demonyms: ['Ukrainian'], aliases: ['Kyiv'], description: 'Ukraine.' },
  { kind: 'STATE', name: 'United States', isoCode: 'USA', wikidataId: 'Q30', demonyms: ['American'], aliases: ['United States of America', 'US', 'Washington'], description: 'The United States of America.' },
  { kind: 'INTERNATIONAL_ORGANISATION', name: 'European Union', wikidataId: 'Q458', aliases: ['EU'], description: 'The European Union.' },
  { kind: 'PERSON', name: 'Vladimir Putin', wikidataId: 'Q7747', aliases: ['Putin'], description: 'President of Russia.' },
  { kind: 'PERSON', name: 'Narendra Modi', wikidataId: 'Q1058', aliases: ['Modi'], description: 'Prime Minister of India.' },
] as const;

const AFFILIATIONS = [
  { member: 'Vladimir Putin', organisation: 'Russia', role: 'President', startDate: '2012-05-07' },
  { member: 'Narendra Modi', organisation: 'India', role: 'Prime Minister', startDate: '2014-05-26' },
] as const;

const EVENTS = [
  {
    key: 'summit',
    cameoCode: '043',
    title: 'India-Russia annual summit in New Delhi',
    startDate: '2025-12-04',
    endDate: '2025-12-05',
    location: 'New Delhi, India',
    description: "Vladimir Putin's visit to New Delhi for the annual India-Russia summit with Narendra Modi.",
    participants: [
      ['India', 'HOST'],
      ['Narendra Modi', 'HOST'],
      ['Russia', 'VISITOR'],
      ['Vladimir Putin', 'VISITOR'],
    ],
  },
  {
    key: 'invasion',
    cameoCode: '190',
    title: "Russia's full-scale invasion of Ukraine",
    startDate: '2022-02-24',
    location: 'Ukraine',
    description: 'Russia launched a full-scale military invasion of Ukraine.',
    participants: [
      ['Russia', 'INITIATOR'],
      ['Ukraine', 'TARGET'],
    ],
  },
  {
    key: 'sanctions',
    cameoCode: '163',
    title: 'Western sanctions on Russian oil',
    startDate: '2022-12-05',
    location: null,
    description: 'The EU embargo and the G7 price cap on Russian seaborne crude oil.',
    participants: [
      ['European Union', 'INITIATOR'],
      ['United States', 'INITIATOR'],
      ['Russia', 'TARGET'],
    ],
  },
] as const;

type EventKey = (typeof EVENTS)[number]['key'];

interface SampleClaim {
  statement: string;
  asserter?: string;
  event?: EventKey;
  subject?: string;
  predicate?: string;
  object?: string;
  objectValue?: string;
  about?: string[];
  quote: string;
  stance: 'SUPPORTS' | 'REFUTES' | 'MENTIONS';
  confidence: number;
}

const CLAIMS: SampleClaim[] = [
  {
    statement: "Russia's arms supplies to India have declined notably in recent years.",
    subject: 'Russia', predicate: 'supplies_arms_to', object: 'India',
    quote: 'decades of dependence on Russian defense supplies, which have seen a notable decline in recent years',
    stance: 'SUPPORTS', confidence: 0.8,
  },
  {
    statement: 'India is diversifying its arms procurement while keeping essential military ties with Russia.',
    subject: 'India', predicate: 'diversifies_arms_procurement_from', object: 'Russia', about: ['Narendra Modi'],
    quote: "Modi will attempt to strike a balance by maintaining essential military ties while diversifying his country's arms procurement",
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    statement: "China is the most significant threat to India's security.",
    subject: 'China', predicate: 'threatens', object: 'India',
    quote: "China remains the most significant threat to India's security",
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: "Russia's strategic value to India lies in balancing China.",
    subject: 'Russia', predicate: 'balances_for', object: 'India', about: ['China'],
    quote: "Moscow's strategic value lies primarily in serving as a continental balancer against Chinese expansion",
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: 'Western sanctions have disrupted oil imports from Russia.',
    event: 'sanctions', subject: 'Russia', predicate: 'oil_exports_disrupted_by', objectValue: 'Western sanctions', about: ['European Union', 'United States'],
    quote: 'Western sanctions that have disrupted oil imports from Moscow',
    stance: 'SUPPORTS', confidence: 0.8,
  },
  {
    statement: 'Russia plans to strengthen its partnership with India and China to circumvent Western sanctions.',
    asserter: 'Russia', subject: 'Russia', predicate: 'plans_partnership_with', object: 'India', about: ['China'], event: 'sanctions',
    quote: 'Russia has announced plans to strengthen its partnership with India and China, aiming to circumvent Western sanctions',
    stance: 'SUPPORTS', confidence: 0.9,
  },
  {
    statement: "Putin's visit to New Delhi is meant to re-establish Russia's international footing after its isolation over the invasion of Ukraine.",
    event: 'summit', subject: 'Vladimir Putin', predicate: 'seeks', objectValue: "re-established international footing for Russia", about: ['Russia', 'India', 'Ukraine'],
    quote: "For Putin, the visit serves as an opportunity to re-establish Russia's international footing, having faced significant isolation following his country's invasion of Ukraine.",
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    statement: 'The summit is unlikely to yield significant breakthroughs on peace in Ukraine.',
    event: 'summit', about: ['India', 'Russia', 'Ukraine'],
    quote: 'The talks are unlikely to yield significant breakthroughs',
    stance: 'SUPPORTS', confidence: 0.6,
  },
];

/** The author the sample's rows and versions are recorded as. */
export const SAMPLE_AUTHOR = 'sample';

export const SAMPLE_SOURCE = {
  kind: 'NEWS_ARTICLE',
  title: 'India and Russia set to strengthen strategic ties as Putin arrives in New Delhi',
  publisher: 'Dossier sample',
  reliability: 'F',
} as const;

/**
 * Loads the sample unless it is complete; returns whether anything was written. It goes through the import
 * service as bundles keyed by natural keys, so a first start that crashed half-way completes on the next one
 * without duplicating anything; the article's claims are written last, in one transaction, and mark completion.
 */
export async function loadSample(services: Services): Promise<boolean> {
  const text = sampleArticleText();
  const article = { contentHash: contentHashOf(text, null) };
  const stored = await services.sources.findByContentHash(article.contentHash);
  const marker = CLAIMS.find((claim) => !claim.asserter)!;
  if (stored && (await services.claims.existsWithKey(claimNaturalKey(marker.statement, null, stored.id)))) return false;

  await importSampleBundle(services, {
    actors: ACTORS.map((actor) => ({ ...actor, aliases: [...actor.aliases], ...('demonyms' in actor ? { demonyms: [...actor.demonyms] } : {}) })),
    events: EVENTS.map(({ key: _key, participants, ...event }) => ({
      ...event,
      participants: participants.map(([actor, role]) => ({ actor, role })),
    })),
  });
  for (const affiliation of AFFILIATIONS) await ensureAffiliation(services, affiliation);
  const eventRef = (key: EventKey) => {
    const event = EVENTS.find((candidate) => candidate.key === key)!;
    return { title: event.title, startDate: event.startDate };
  };
  await importSampleBundle(services, {
    sources: [{ ...SAMPLE_SOURCE, text }],
    claims: CLAIMS.map((claim) => ({
      statement: claim.statement,
      asserter: claim.asserter ?? null,
      asserterSource: claim.asserter ? null : article,
      event: claim.event ? eventRef(claim.event) : null,
      subject: claim.subject ?? null,
      predicate: claim.predicate ?? null,
      object: claim.object ?? null,
      objectValue: claim.objectValue ?? null,
      about: (claim.about ?? []).map((actor) => ({ actor })),
      confidence: claim.confidence,
      citations: [{ source: article, quote: claim.quote, stance: claim.stance }],
    })),
  });
  return true;
}

/** The sample is ours: a record it refuses is a defect, not data to report. */
async function importSampleBundle(services: Services, bundle: Bundle): Promise<void> {
  const result = await services.imports.importBundle(bundle, { author: SAMPLE_AUTHOR });
  if (result.errors.length > 0) throw new Error(`the sample does not import: ${JSON.stringify(result.errors)}`);
}

/** Affiliations have no natural key: one is created only when the member holds no such role there yet. */
async function ensureAffiliation(services: Services, affiliation: (typeof AFFILIATIONS)[number]): Promise<void> {
  const [member, organisation] = await Promise.all([
    services.actors.resolveName(affiliation.member, 'member'),
    services.actors.resolveName(affiliation.organisation, 'organisation'),
  ]);
  const held = await services.actors.affiliationsOf(new RequestBatches(), 'memberId', member.id, null);
  if (held.some((row) => row.organisationId === organisation.id && row.role === affiliation.role)) return;
  await services.actors.createAffiliation(
    { memberId: String(member.id), organisationId: String(organisation.id), role: affiliation.role, startDate: affiliation.startDate },
    SAMPLE_AUTHOR,
  );
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
