// Dossier as a W3C Reconciliation Service (API 0.2, the Community Group's final report): the manifest, batches of
// queries answered by the same matching as matchActors, entity suggest by prefix and an actor's preview. The HTTP
// side (forms, JSONP, HTML) is in server/reconcile.ts.
import { RequestBatches } from '../../shared/batches';
import { parseInput } from '../../shared/validation';
import type { ActorWithAliases } from '../actors/actors.columns';
import { ActorKind } from '../actors/actors.validation';
import type { MergeService } from '../merges/merges.service';
import { DEFAULT_MATCH_THRESHOLD, type MatchingService } from '../matching/matching.service';
import type { ActorMatchQuery } from '../matching/matching.validation';
import { MAX_CANDIDATES, ReconciliationBatch, SuggestArgs, type ReconciliationQuery } from './reconciliation.validation';

/** The actor kinds as reconciliation types, with the names OpenRefine shows. */
export const RECONCILIATION_TYPES = [
  { id: 'STATE', name: 'State' },
  { id: 'PERSON', name: 'Person' },
  { id: 'ORGANISATION', name: 'Organisation' },
  { id: 'INTERNATIONAL_ORGANISATION', name: 'International organisation' },
  { id: 'NON_STATE_ARMED_GROUP', name: 'Non-state armed group' },
  { id: 'OTHER', name: 'Other' },
] as const;
const TYPE_NAMES = new Map<string, string>(RECONCILIATION_TYPES.map((type) => [type.id, type.name]));

/** Candidates per query when the client gives no limit. */
const DEFAULT_LIMIT = 5;
/** A candidate is a certain match (match: true) from this score, when no other candidate reaches it too. */
export const CERTAIN_MATCH = 0.95;

export interface ReconciliationCandidate {
  id: string;
  name: string;
  description?: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
  features: { id: string; value: number }[];
}

export class ReconciliationService {
  constructor(
    private readonly matching: MatchingService,
    private readonly merges: MergeService,
  ) {}

  /** The service manifest, its URLs under `base` (the service's public origin and path to /reconcile). */
  manifest(base: string, explorer: string) {
    return {
      versions: ['0.2'],
      name: 'Dossier actors',
      identifierSpace: `${explorer}/actor/id/`,
      schemaSpace: `${base}/schema/`,
      documentation: `${explorer}/`,
      view: { url: `${base}/view/{{id}}` },
      preview: { url: `${base}/preview?id={{id}}`, width: 400, height: 180 },
      suggest: { entity: { service_url: base, service_path: '/suggest/entity' } },
      defaultTypes: RECONCILIATION_TYPES.map((type) => ({ ...type })),
    };
  }

  /**
   * Answers a batch (an object keyed by the client's keys) with the candidates of each query, best first; the whole
   * batch is one matching call. `field` names the parameter the batch came in, for errors.
   */
  async reconcile(rawBatch: unknown, field: string): Promise<Record<string, { result: ReconciliationCandidate[] }>> {
    const batch = parseInput(ReconciliationBatch, rawBatch, field);
    const keys = Object.keys(batch);
    const queries = keys.map((key) => toMatchQuery(batch[key]!));
    const limits = keys.map((key) => Math.min(MAX_CANDIDATES, batch[key]!.limit || DEFAULT_LIMIT));
    const results = await this.matching.match(new RequestBatches(), queries, { threshold: DEFAULT_MATCH_THRESHOLD, first: Math.max(...limits) });
    return Object.fromEntries(
      keys.map((key, i) => {
        const candidates = results[i]!.candidates.slice(0, limits[i]);
        const second = candidates[1]?.score ?? 0;
        return [
          key,
          {
            result: candidates.map((candidate, rank) => ({
              id: String(candidate.actor.id),
              name: candidate.actor.name,
              ...(candidate.actor.description ? { description: candidate.actor.description } : {}),
              // Scores from 0 to 100, as most services (and OpenRefine's display) use.
              score: Math.round(candidate.score * 1000) / 10,
              match: rank === 0 && candidate.score >= CERTAIN_MATCH && second < CERTAIN_MATCH,
              type: [typeOf(candidate.actor)],
              features: candidate.features.map((feature) => ({ id: feature.code, value: feature.score })),
            })),
          },
        ];
      }),
    );
  }

  /** Entity suggest: actors whose name or alias starts with the prefix, shortest names first, 10 at a time. */
  async suggest(args: unknown) {
    const { prefix, cursor } = parseInput(SuggestArgs, args, '');
    const actors = await this.matching.byPrefix(prefix, 10, cursor);
    return {
      result: actors.map((actor) => ({
        id: String(actor.id),
        name: actor.name,
        ...(actor.description ? { description: actor.description } : {}),
        notable: [typeOf(actor)],
      })),
    };
  }

  /** The actor a view or preview asks for (an id merged into another answers that one); null when none. */
  actor(rawId: string): Promise<(ActorWithAliases & { redirectedFrom?: number }) | null> {
    return this.merges.actorOrRedirect(new RequestBatches(), rawId);
  }
}

const typeOf = (actor: Pick<ActorWithAliases, 'kind'>) => ({ id: actor.kind, name: TYPE_NAMES.get(actor.kind) ?? actor.kind });

/** A reconciliation query as a matching example: its type as the kind, its identifier properties as identifiers. */
function toMatchQuery(query: ReconciliationQuery): ActorMatchQuery {
  const types = query.type === undefined ? [] : Array.isArray(query.type) ? query.type : [query.type];
  const kind = types.map((type) => ActorKind.safeParse(type)).find((parsed) => parsed.success)?.data ?? null;
  const property = (pid: string) => {
    const value = query.properties?.find((p) => p.pid === pid)?.v;
    const first = Array.isArray(value) ? value[0] : value;
    const text = typeof first === 'object' && first !== null ? first.id : first;
    return text === undefined || text === null || text === '' ? null : String(text).trim().toUpperCase();
  };
  const isoCode = property('isoCode');
  const wikidataId = property('wikidataId');
  return { name: query.query ?? isoCode ?? wikidataId ?? '', kind, isoCode, wikidataId };
}
