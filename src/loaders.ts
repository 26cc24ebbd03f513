// Per-request DataLoaders: every relation a resolver follows is fetched for all parents in one query.
import DataLoader from 'dataloader';
import type { Actor, Affiliation, CameoCode, Citation, Claim, ClaimActor, Event, EventParticipant } from './generated/prisma/client';
import type { ActorWithAliases } from './modules/actors/actors.repository';
import type { SourceRow } from './modules/sources/sources.repository';
import type { TextWindow } from './modules/sources/sources.service';
import type { Services } from './services';
import { groupedBy } from './shared/grouping';

function byKey<K, V>(rows: V[], keyOf: (row: V) => K, keys: readonly K[]): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

export function createLoaders(services: Services) {
  const affiliationLoaders = new Map<string, DataLoader<number, Affiliation[]>>();
  const keyedLoaders = new Map<string, DataLoader<number, unknown>>();
  const aliases = new DataLoader<number, string[]>(async (ids) =>
    groupedBy(await services.actors.aliasesOf(ids), (row) => row.actorId, ids).map((rows) => rows.map((row) => row.alias)),
  );
  // Actors come with their aliases, which prime the aliases loader: a list of actors with aliases is one statement.
  const actor = new DataLoader<number, Actor | null>(async (ids) => {
    const rows = await services.actors.findManyByIds(ids);
    for (const { id, aliases: names } of rows) aliases.prime(id, names);
    return byKey(rows, (a) => a.id, ids);
  });
  /** Makes an actor (with its aliases) known to this request, as if the actor loader had read it. */
  const primeActor = (row: ActorWithAliases): void => {
    actor.prime(row.id, row);
    aliases.prime(row.id, row.aliases);
  };
  return {
    primeActor,
    /**
     * A loader for a relation whose arguments vary (a filter, a limit): one per relation and argument set,
     * so that all parents asking the same question share one batch.
     */
    keyed<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
      let loader = keyedLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<number, V>(batch) as DataLoader<number, unknown>;
        keyedLoaders.set(key, loader);
      }
      return loader as DataLoader<number, V>;
    },
    actor,
    aliases,
    /** Affiliations by member or organisation id, one loader per side and date. */
    affiliations(side: 'memberId' | 'organisationId', at: Date | null): DataLoader<number, Affiliation[]> {
      const key = `${side}|${at?.toISOString() ?? ''}`;
      let loader = affiliationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await services.actors.affiliationsOf(side, ids, at);
          // Both actors of each affiliation came along: Affiliation.member and .organisation need no statement.
          for (const row of rows) for (const party of [row.member, row.organisation]) primeActor(party);
          return groupedBy(rows, (row) => row[side], ids);
        });
        affiliationLoaders.set(key, loader);
      }
      return loader;
    },
    event: new DataLoader<number, Event | null>(async (ids) => byKey(await services.events.findManyByIds(ids), (e) => e.id, ids)),
    participants: new DataLoader<number, EventParticipant[]>(async (ids) =>
      groupedBy(await services.events.participantsOf(ids), (row) => row.eventId, ids),
    ),
    cameo: new DataLoader<string, CameoCode | null>(async (codes) => byKey(await services.events.findCameoMany(codes), (c) => c.code, codes)),
    source: new DataLoader<number, SourceRow | null>(async (ids) => byKey(await services.sources.findManyByIds(ids), (s) => s.id, ids)),
    /** Windows of texts longer than the rows hold (see SourceRow). */
    sourceText: new DataLoader<TextWindow, string | null, string>((windows) => services.sources.textWindows(windows), {
      cacheKeyFn: (window) => `${window.id}:${window.offset}:${window.length}`,
    }),
    claim: new DataLoader<number, Claim | null>(async (ids) => byKey(await services.claims.findManyByIds(ids), (c) => c.id, ids)),
    claimActors: new DataLoader<number, ClaimActor[]>(async (ids) => groupedBy(await services.claims.actorsOf(ids), (row) => row.claimId, ids)),
    citations: new DataLoader<number, Citation[]>(async (ids) => groupedBy(await services.claims.citationsOf(ids), (row) => row.claimId, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
