// What the imports of other models' files (FollowTheMoney, Wikidata) share: each actor of the file is matched
// against the stored ones first, and one the matcher finds is joined through sameAs (its names become aliases of
// the stored actor), never duplicated; a LIKELY_DUPLICATE warning says so when the names differ.
import type { ActorCandidate } from '../matching/matching.service';
import type { ImportWarning } from './bundle';
import type { ImportService } from './imports.service';
import type { BundleActor } from './imports.validation';

/** Sets `sameAs` on each actor the matcher finds stored; the warnings for those found under another name. */
export async function joinStoredActors(imports: ImportService, actors: BundleActor[], lines: readonly number[], fileIds: readonly string[]): Promise<ImportWarning[]> {
  const matches = await imports.likelySameActors(actors);
  const joined: ImportWarning[] = [];
  actors.forEach((actor, index) => {
    const match: ActorCandidate | null = matches[index] ?? null;
    if (!match) return;
    actor.sameAs = String(match.actor.id);
    if (match.actor.name.toLowerCase() === actor.name.toLowerCase()) return;
    joined.push({
      entity: 'actors',
      index,
      line: lines[index],
      code: 'LIKELY_DUPLICATE',
      message: `"${actor.name}" (${fileIds[index]}) is likely the stored actor "${match.actor.name}" (id ${match.actor.id}, score ${match.score}): joined through sameAs, its names added as aliases`,
      candidate: match.actor,
      score: match.score,
      features: match.features,
    });
  });
  return joined;
}
