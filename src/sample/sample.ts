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
  { kind: 'ORGANISATION', name: 'Rosneft', aliases: [], description: "Russia's largest oil company, state-controlled." },
  { kind: 'ORGANISATION', name: 'Lukoil', aliases: [], description: "Russia's second-largest oil company." },
] as const;

/** Where the leaders' terms come from: their Wikidata items (positions held, with start and end dates). */
const REFERENCE_SOURCES = {
  putin: { kind: 'DATASET', title: 'Wikidata: Vladimir Putin (Q7747), position held', publisher: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q7747', reliability: 'B' },
  modi: { kind: 'DATASET', title: 'Wikidata: Narendra Modi (Q1058), position held', publisher: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1058', reliability: 'B' },
  treasury: {
    kind: 'OFFICIAL_STATEMENT',
    title: 'Treasury Sanctions Major Russian Oil Companies, Calls on Moscow to Immediately Agree to Ceasefire',
    publisher: 'U.S. Department of the Treasury',
    url: 'https://home.treasury.gov/news/press-releases/sb0290',
    publishedAt: '2025-10-22',
    reliability: 'A',
  },
  eu: {
    kind: 'OFFICIAL_STATEMENT',
    title: 'Russia: EU agrees on level of price cap for seaborne crude oil',
    publisher: 'Council of the European Union',
    url: 'https://www.consilium.europa.eu/en/press/press-releases/2022/12/03/russia-eu-agrees-on-level-of-price-cap-for-seaborne-oil/',
    publishedAt: '2022-12-03',
    reliability: 'A',
  },
} as const;

/** Putin's three terms make `members(at:)` of Russia answer him across SIPRI's span (2000-2023). */
const AFFILIATIONS = [
  { member: 'Vladimir Putin', organisation: 'Russia', role: 'President', startDate: '2000-05-07', endDate: '2008-05-07', source: 'putin' },
  { member: 'Vladimir Putin', organisation: 'Russia', role: 'Prime Minister', startDate: '2008-05-08', endDate: '2012-05-07', source: 'putin' },
  { member: 'Vladimir Putin', organisation: 'Russia', role: 'President', startDate: '2012-05-07', endDate: null, source: 'putin' },
  { member: 'Narendra Modi', organisation: 'India', role: 'Prime Minister', startDate: '2014-05-26', endDate: null, source: 'modi' },
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
  {
    key: 'us-oil-sanctions',
    cameoCode: '163',
    title: 'US sanctions on Rosneft and Lukoil',
    startDate: '2025-10-22',
    location: null,
    description: "The US Treasury's designation of Russia's two largest oil companies, announced on 22 October 2025.",
    participants: [
      ['United States', 'INITIATOR'],
      ['Rosneft', 'TARGET'],
      ['Lukoil', 'TARGET'],
      ['Russia', 'TARGET'],
    ],
  },
] as const;

/** Where the events' own values come from. */
const EVENT_SOURCES: { event: EventKey; source: keyof typeof REFERENCE_SOURCES | 'article'; field: string | null; quote?: string }[] = [
  { event: 'summit', source: 'article', field: 'participants', quote: 'As Russian President Vladimir Putin arrives in New Delhi for a highly anticipated summit with Prime Minister Narendra Modi' },
  { event: 'sanctions', source: 'eu', field: 'startDate' },
  { event: 'us-oil-sanctions', source: 'treasury', field: null },
];

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
  /** The span the claim holds over, chosen by whoever recorded it ("in recent years" made explicit). */
  validFrom?: string;
  validTo?: string;
  quote: string;
  stance: 'SUPPORTS' | 'REFUTES' | 'MENTIONS';
  confidence: number;
}

const CLAIMS: SampleClaim[] = [
  {
    // "In recent years", in an article of December 2025: the three SIPRI windows up to the data's end (2009-13, 2014-18, 2019-23).
    statement: "Russia's arms supplies to India have declined notably in recent years.",
    subject: 'Russia', predicate: 'ARMS_SUPPLY_FALLING', object: 'India', validFrom: '2009-01-01', validTo: '2025-12-04',
    quote: 'decades of dependence on Russian defense supplies, which have seen a notable decline in recent years',
    stance: 'SUPPORTS', confidence: 0.8,
  },
  {
    statement: 'India is diversifying its arms procurement while keeping essential military ties with Russia.',
    subject: 'India', predicate: 'DIVERSIFIES_AWAY_FROM', object: 'Russia', about: ['Narendra Modi'],
    quote: "Modi will attempt to strike a balance by maintaining essential military ties while diversifying his country's arms procurement",
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    statement: "China is the most significant threat to India's security.",
    subject: 'China', predicate: 'THREATENS', object: 'India',
    quote: "China remains the most significant threat to India's security",
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: "Russia's strategic value to India lies in balancing China.",
    subject: 'Russia', predicate: 'BALANCES_AGAINST', object: 'China', about: ['India'],
    quote: "Moscow's strategic value lies primarily in serving as a continental balancer against Chinese expansion",
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: 'Western sanctions have disrupted oil imports from Russia.',
    event: 'us-oil-sanctions', subject: 'United States', predicate: 'SANCTIONS', object: 'Russia', about: ['European Union', 'Rosneft', 'Lukoil'],
    quote: 'Western sanctions that have disrupted oil imports from Moscow',
    stance: 'SUPPORTS', confidence: 0.8,
  },
  {
    statement: 'Russia plans to strengthen its partnership with India and China to circumvent Western sanctions.',
    asserter: 'Russia', subject: 'Russia', predicate: 'PARTNERS_WITH', object: 'India', about: ['China'], event: 'sanctions',
    quote: 'Russia has announced plans to strengthen its partnership with India and China, aiming to circumvent Western sanctions',
    stance: 'SUPPORTS', confidence: 0.9,
  },
  {
    statement: "Putin's visit to New Delhi is meant to re-establish Russia's international footing after its isolation over the invasion of Ukraine.",
    event: 'summit', subject: 'Vladimir Putin', predicate: 'SEEKS', objectValue: "re-established international footing for Russia", about: ['Russia', 'India', 'Ukraine'],
    quote: "For Putin, the visit serves as an opportunity to re-establish Russia's international footing, having faced significant isolation following his country's invasion of Ukraine.",
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    // A free-text predicate: the vocabulary has no word for an event's expected outcome, and need not.
    statement: 'The summit is unlikely to yield significant breakthroughs on peace in Ukraine.',
    event: 'summit', subject: 'India', predicate: 'unlikely_to_yield_breakthroughs_on', objectValue: 'peace in Ukraine', about: ['Russia', 'Ukraine'],
    quote: 'The talks are unlikely to yield significant breakthroughs',
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: 'India and Russia are set to strengthen their strategic ties.',
    event: 'summit', subject: 'India', predicate: 'PARTNERS_WITH', object: 'Russia', validFrom: '2025-12-04',
    quote: 'India and Russia are set to strengthen their strategic ties',
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    statement: "Russia's ties with the United States are strained.",
    subject: 'Russia', predicate: 'TENSIONS_WITH', object: 'United States',
    quote: 'its strained ties with the US',
    stance: 'SUPPORTS', confidence: 0.8,
  },
  {
    statement: 'India avoids concessions that would compromise its national security.',
    subject: 'India', predicate: 'AVOIDS', objectValue: 'concessions that would compromise its national security', about: ['Russia', 'United States'],
    quote: 'avoiding being pressured into making concessions that would compromise its national security',
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: 'India and Russia are likely to focus on expanding economic cooperation and bilateral trade.',
    event: 'summit', subject: 'India', predicate: 'TRADES_WITH', object: 'Russia', about: ['Narendra Modi', 'Vladimir Putin'],
    quote: 'the two leaders are likely to focus on expanding economic cooperation and bilateral trade',
    stance: 'SUPPORTS', confidence: 0.7,
  },
  {
    statement: "India's influence on a peaceful resolution in Ukraine is limited.",
    subject: 'India', predicate: 'HAS_LIMITED_INFLUENCE_ON', objectValue: 'a peaceful resolution of the war in Ukraine', about: ['Ukraine'],
    quote: "India's influence is limited in the global push for a peaceful resolution",
    stance: 'SUPPORTS', confidence: 0.6,
  },
  {
    statement: 'India calibrates its engagement with Russia to counterbalance China.',
    subject: 'India', predicate: 'BALANCES_AGAINST', object: 'China', about: ['Russia'],
    quote: "India must carefully calibrate its engagement with Moscow to ensure it can effectively counterbalance China's growing presence",
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
  // The sources first, the article among them: the affiliations and events cite them before the claims mark completion.
  await importSampleBundle(services, { sources: [{ ...SAMPLE_SOURCE, text }, ...Object.values(REFERENCE_SOURCES).map((source) => ({ ...source }))] });
  const referenceIds = await referenceSourceIds(services);
  for (const affiliation of AFFILIATIONS) {
    const id = await ensureAffiliation(services, affiliation);
    await services.provenance.cite({ affiliationId: String(id), sourceId: String(referenceIds[affiliation.source]), field: null }, SAMPLE_AUTHOR);
  }
  const articleId = (await services.sources.findByContentHash(article.contentHash))!.id;
  for (const cited of EVENT_SOURCES) {
    const event = EVENTS.find((candidate) => candidate.key === cited.event)!;
    const stored = await services.events.findByKey(event.title, event.startDate);
    const sourceId = cited.source === 'article' ? articleId : referenceIds[cited.source];
    await services.provenance.cite({ eventId: String(stored!.id), sourceId: String(sourceId), field: cited.field, quote: cited.quote ?? null }, SAMPLE_AUTHOR);
  }
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
      validFrom: claim.validFrom ?? null,
      validTo: claim.validTo ?? null,
      confidence: claim.confidence,
      citations: [{ source: article, quote: claim.quote, stance: claim.stance }],
    })),
  });
  return true;
}

/** The ids of the reference sources, by their key in REFERENCE_SOURCES. */
async function referenceSourceIds(services: Services): Promise<Record<keyof typeof REFERENCE_SOURCES, number>> {
  const ids: Partial<Record<keyof typeof REFERENCE_SOURCES, number>> = {};
  for (const [key, source] of Object.entries(REFERENCE_SOURCES) as [keyof typeof REFERENCE_SOURCES, { url: string }][]) {
    ids[key] = (await services.sources.findByContentHash(contentHashOf(null, source.url)))!.id;
  }
  return ids as Record<keyof typeof REFERENCE_SOURCES, number>;
}

/** The sample is ours: a record it refuses is a defect, not data to report. */
async function importSampleBundle(services: Services, bundle: Bundle): Promise<void> {
  const result = await services.imports.importBundle(bundle, { author: SAMPLE_AUTHOR });
  if (result.errors.length > 0) throw new Error(`the sample does not import: ${JSON.stringify(result.errors)}`);
}

/** Affiliations have no natural key: one is created only when the member holds no such role from that day yet. */
async function ensureAffiliation(services: Services, affiliation: (typeof AFFILIATIONS)[number]): Promise<number> {
  const [member, organisation] = await Promise.all([
    services.actors.resolveName(affiliation.member, 'member'),
    services.actors.resolveName(affiliation.organisation, 'organisation'),
  ]);
  const held = await services.actors.affiliationsOf(new RequestBatches(), 'memberId', member.id, null, true);
  const same = held.find((row) => row.organisationId === organisation.id && row.role === affiliation.role && row.startDate?.toISOString().slice(0, 10) === affiliation.startDate);
  if (same) return same.id;
  const created = await services.actors.createAffiliation(
    { memberId: String(member.id), organisationId: String(organisation.id), role: affiliation.role, startDate: affiliation.startDate, endDate: affiliation.endDate },
    SAMPLE_AUTHOR,
  );
  return created.id;
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
