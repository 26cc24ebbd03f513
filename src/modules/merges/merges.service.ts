// Merging duplicate actors without loss, and undoing a merge exactly. A merge runs in one transaction that locks
// the actors first: an import writing references to a duplicate at the same time either commits before the merge
// moves them, or waits and then finds the duplicate gone and is checked again (its names now resolve to the
// canonical actor; see LostRace in imports/write-strategy).
import { isUniqueViolation } from '../../db/connection-errors';
import type { Database } from '../../db/database';
import { ConflictError, NotFoundError } from '../../errors';
import type { Actor } from '../../generated/prisma/client';
import type { RequestBatches } from '../../shared/batches';
import { groupedBy } from '../../shared/grouping';
import { Id, parseInput } from '../../shared/validation';
import type { ActorWithAliases } from '../actors/actors.columns';
import type { ActorService } from '../actors/actors.service';
import type { MergeRepository, MergeRow } from './merges.repository';
import { MergeActorsArgs, UnmergeActorArgs } from './merges.validation';
import { present } from '../../shared/must-get';

export interface ActorMergeResult {
  canonical: ActorWithAliases;
  merged: MergeRow[];
}

/** An actor read by id, and the id asked for when that id redirected to it. */
export type RedirectedActor = ActorWithAliases & { redirectedFrom?: number };

const CLASH_NAMES = { name: 'name (as its name or an alias)', isoCode: 'ISO code', wikidataId: 'Wikidata id' } as const;

export class MergeService {
  constructor(
    private readonly db: Database,
    private readonly merges: MergeRepository,
    private readonly actors: ActorService,
  ) {}

  async merge(batches: RequestBatches, args: unknown, author: string): Promise<ActorMergeResult> {
    const { canonical, duplicates, reason } = parseInput(MergeActorsArgs, args, '');
    const merged = await this.db.transaction(async (session) => {
      const found = new Set(await this.merges.lockActors(session, [canonical, ...duplicates]));
      if (!found.has(canonical)) throw await this.missing(session, canonical, 'canonical');
      for (const [index, id] of duplicates.entries()) if (!found.has(id)) throw await this.missing(session, id, `duplicates.${index}`);
      const rows: MergeRow[] = [];
      for (const id of duplicates) rows.push(await this.merges.merge(session, id, canonical, reason ?? null, author));
      return rows;
    }, { author });
    const actor = await this.actors.byId(batches, canonical);
    return { canonical: present(actor, `the canonical actor ${canonical}`), merged };
  }

  async unmerge(args: unknown, author: string): Promise<Actor> {
    const { merged, reason } = parseInput(UnmergeActorArgs, args, '');
    await this.db.transaction(async (session) => {
      const merge = await this.merges.lockActiveMerge(session, merged);
      if (!merge) {
        // Undone already (by an undo that ran at the same time, or before): a conflict, not an unknown actor.
        const undone = await this.merges.lastUndoneMerge(session, merged);
        if (undone) {
          throw new ConflictError(`merged: the merge of actor ${merged} into actor ${undone.canonicalId} was undone already`, 'merged', { undoneBy: undone.undoneBy });
        }
        throw new NotFoundError(`merged: actor ${merged} is not merged into another actor`, 'merged');
      }
      await this.merges.lockActors(session, [merge.canonicalId]);
      const later = await this.merges.laterMergesTouching(session, merge);
      if (later.length > 0) {
        const ids = later.map((row) => row.duplicateId);
        throw new ConflictError(
          `merged: later merges changed what this merge moved; undo them first (unmergeActor for ${ids.join(', ')})`,
          'merged',
          { undoFirst: ids.map(String) },
        );
      }
      const [clash] = await this.merges.restoreClashes(session, merge);
      if (clash) {
        throw new ConflictError(
          `merged: actor ${clash.actorId} ("${clash.actorName}") now holds the merged actor's ${CLASH_NAMES[clash.field]}; change it there first`,
          'merged',
          { heldBy: String(clash.actorId), clash: clash.field },
        );
      }
      await this.merges.unmerge(session, merge, author, reason ?? null);
    }, { author }).catch((error: unknown) => {
      // A name or code taken by another write between the check above and the restore.
      if (isUniqueViolation(error)) throw new ConflictError('merged: another actor took one of the merged actor\'s names or codes meanwhile; try again', 'merged');
      throw error;
    });
    const actor = await this.actors.getById(String(merged));
    return present(actor, `the actor ${merged} restored`);
  }

  /** The actor with this id, or the one it was merged into (with redirectedFrom); null when neither. */
  async actorOrRedirect(batches: RequestBatches, rawId: string): Promise<RedirectedActor | null> {
    const id = parseInput(Id, rawId, 'id');
    const actor = await this.actors.byId(batches, id);
    if (actor) return actor;
    const target = await this.merges.redirectOf(id);
    if (target === null) return null;
    const canonical = await this.actors.byId(batches, target);
    return canonical ? { ...canonical, redirectedFrom: id } : null;
  }

  /** The merges into an actor, newest first, undone ones included (one statement for all actors of a request). */
  mergesInto(batches: RequestBatches, actorId: number): Promise<MergeRow[]> {
    return batches
      .loader<number, MergeRow[]>('mergesInto', async (ids) => groupedBy(await this.merges.mergesInto(ids), (row) => row.canonicalId, ids))
      .load(actorId);
  }

  /** An id that is no actor: merged into another (CONFLICT, naming it) or unknown (NOT_FOUND). */
  private async missing(session: Parameters<MergeRepository['activeMergesOf']>[0], id: number, field: string) {
    const [merge] = await this.merges.activeMergesOf(session, [id]);
    return merge
      ? new ConflictError(`${field}: actor ${id} is already merged into actor ${merge.canonicalId}`, field, { canonical: String(merge.canonicalId) })
      : new NotFoundError(`${field}: no actor has id ${id}`, field);
  }
}
