// Query.paths: both actors by any of their names (a merged actor's old name is the survivor's alias), the
// arguments checked, and the shortest connections read in one statement.
import { UserInputError } from '../../errors';
import { isoDate } from '../../shared/dates';
import type { LoadingState } from '../../shared/loading';
import { parseInput } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import { DEFAULT_PATH_RELATIONS, type PathRepository, type PathRow } from './paths.repository';
import { PathsArgs } from './paths.validation';

export const DEFAULT_MAX_HOPS = 3;
const DEFAULT_PATHS = 5;

export class PathService {
  constructor(
    private readonly paths: PathRepository,
    private readonly actors: ActorService,
    private readonly loading: LoadingState,
  ) {}

  async shortest(rawArgs: unknown): Promise<PathRow[]> {
    const args = parseInput(PathsArgs, rawArgs, '');
    const relations = args.via ? [...new Set(args.via)] : [...DEFAULT_PATH_RELATIONS];
    // Arms trade is read once the register has loaded (a first start loads it after the port opens).
    if (relations.includes('ARMS_TRADE')) this.loading.assertLoaded();
    const [from, to] = [await this.actors.resolveName(args.from, 'from'), await this.actors.resolveName(args.to, 'to')];
    if (from.id === to.id) throw new UserInputError(`to names the same actor as from (${from.name})`, 'to');
    return this.paths.shortest({
      fromId: from.id,
      toId: to.id,
      maxHops: args.maxHops ?? DEFAULT_MAX_HOPS,
      relations,
      at: args.at ? isoDate(args.at) : null,
      includeHubs: args.includeHubs ?? false,
      limit: args.first ?? DEFAULT_PATHS,
    });
  }
}
