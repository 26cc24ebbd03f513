// Rules for arms-transfer rows: stored actors and dataset, one row per deal, delivery year and dataset.
import { designationFamilies } from './weapon-designations';
import type { LoadingState } from '../../shared/loading';
import { ConflictError, NotFoundError, UserInputError } from '../../errors';
import type { ArmsTransfer } from '../../generated/prisma/client';
import { pageWindow, type Page, type PageLimits, type PageRequest } from '../../shared/pagination';
import { definedOnly, Id, parseInput, type Input } from '../../shared/validation';
import type { ActorService } from '../actors/actors.service';
import type { SourceService } from '../sources/sources.service';
import type { ArmsTransferRow } from './arms-transfers.columns';
import type { RequestBatches } from '../../shared/batches';
import type { JsonPageSource } from '../../shared/json-reads';
import { ARMS_TRANSFER_ORDERS, type ArmsTransferListFilter, type ArmsTransferOrder, type ArmsTransferRepository } from './arms-transfers.repository';
import { ArmsTransferFilter, CreateArmsTransferInput, UpdateArmsTransferInput } from './arms-transfers.validation';
import type { SqlSession } from '../../db/database';
import type { TransferWriteRow } from './arms-transfers.writes';

/** Shown with every answer that carries SIPRI data. */
export const SIPRI_ATTRIBUTION = 'Source: SIPRI Arms Transfers Database (c) SIPRI, https://www.sipri.org/databases/armstransfers';

/** The checked filter as the repository takes it. */
const listFilterOf = (filter: ArmsTransferFilter | null | undefined): ArmsTransferListFilter => ({
  supplier: filter?.supplier, recipient: filter?.recipient, fromYear: filter?.fromYear, toYear: filter?.toYear, category: filter?.category, lastSeenBefore: filter?.lastSeenBefore,
});

export class ArmsTransferService {
  private families: { version: string | null; built: Promise<ReadonlyMap<string, string[]>> } | null = null;

  constructor(
    private readonly transfers: ArmsTransferRepository,
    private readonly actors: ActorService,
    private readonly sources: SourceService,
    private readonly limits: PageLimits,
    private readonly loading: LoadingState,
  ) {}

  /**
   * The weapon families the transfers' designations make (weapon-designations.ts), read again only when the data
   * version moved since (`version`: the data-version service's).
   */
  weaponFamilies(version: string | null): Promise<ReadonlyMap<string, string[]>> {
    if (this.families?.version !== version || version === null) {
      const built = this.transfers.designations().then(designationFamilies);
      built.catch(() => (this.families = null));
      this.families = { version, built };
    }
    return this.families.built;
  }

  /** How many transfers carry each designation. */
  countsByDesignation(designations: readonly string[]): Promise<Map<string, number>> {
    return this.transfers.countsByDesignation(designations);
  }

  /**
   * The latest `first` transfers carrying one of these designations (a weapon system's family), read with those of
   * every other weapon the request asks for in one statement.
   */
  async latestOfDesignations(batches: RequestBatches, designations: readonly string[], first: number): Promise<ArmsTransferRow[]> {
    const key = [...designations].sort().join('\n');
    const loader = batches.loader<string, ArmsTransferRow[]>(`transfersByWeapon:${first}`, async (keys) => {
      const rows = await this.transfers.latestByDesignations(keys.map((group) => ({ key: group, designations: group.split('\n') })), first);
      const byKey = new Map<string, ArmsTransferRow[]>();
      for (const { groupKey, ...row } of rows) byKey.set(groupKey, [...(byKey.get(groupKey) ?? []), row]);
      return keys.map((group) => byKey.get(group) ?? []);
    });
    return loader.load(key);
  }

  /** The transfer with this id, read with every other the request asks for in one statement. */
  byId(batches: RequestBatches, id: number): Promise<ArmsTransferRow | null> {
    return batches.row('armsTransfersByIds', id, (ids) => this.transfers.findManyByIds(ids), (row) => row.id);
  }

  /** How many rows a dataset source holds. */
  countOfDataset(sourceId: number): Promise<number> {
    return this.transfers.countOfSource(sourceId);
  }

  async getById(rawId: string): Promise<ArmsTransfer | null> {
    return this.transfers.findById(parseInput(Id, rawId, 'id'));
  }

  /**
   * A page of transfers; `selection.fields`, when given, are the only row fields the caller reads (see
   * shared/selection), and the sort keys too when it asks for cursors.
   */
  async list(rawFilter: unknown, order: ArmsTransferOrder, page: PageRequest, selection: { fields: readonly string[]; cursors: boolean } | null = null): Promise<Page<ArmsTransferRow>> {
    const { filter, window } = this.checkedPage(rawFilter, order, page);
    const fields = selection && (selection.cursors ? [...new Set([...selection.fields, ...window.order.map((key) => key.field)])] : selection.fields);
    const result = await this.transfers.list(listFilterOf(filter), window, fields);
    // The statement resolves the names itself; only an empty page may hide an unknown name, which is NOT_FOUND.
    if (result.rows.length === 0) {
      await Promise.all([
        filter?.supplier ? this.actors.resolveName(filter.supplier, 'filter.supplier') : null,
        filter?.recipient ? this.actors.resolveName(filter.recipient, 'filter.recipient') : null,
      ]);
    }
    return result;
  }

  /**
   * The same page as `list`, for a statement that builds its JSON in the database (server/compiled-reads.ts):
   * the arguments are checked as `list` checks them, and an empty page with a name in the filter is left to
   * `list`, which tells an unknown name from no rows.
   */
  pageSource(rawFilter: unknown, order: ArmsTransferOrder, page: PageRequest): JsonPageSource {
    const { filter, window } = this.checkedPage(rawFilter, order, page);
    return this.transfers.pageSource(listFilterOf(filter), window, Boolean(filter?.supplier || filter?.recipient));
  }

  /** A list's filter and page, checked, once the register they read is loaded. */
  private checkedPage(rawFilter: unknown, order: ArmsTransferOrder, page: PageRequest) {
    const filter = parseInput(ArmsTransferFilter, rawFilter, 'filter');
    const window = pageWindow(page, this.limits, ARMS_TRANSFER_ORDERS[order]);
    this.loading.assertLoaded();
    return { filter, window };
  }

  async create(rawInput: Input<typeof CreateArmsTransferInput>, author: string): Promise<ArmsTransfer> {
    const input = parseInput(CreateArmsTransferInput, rawInput);
    await this.actors.requireIds([
      { id: input.supplierId, field: 'input.supplierId' },
      { id: input.recipientId, field: 'input.recipientId' },
    ]);
    if ((await this.sources.findManyByIds([input.sourceId])).length === 0) {
      throw new UserInputError(`input.sourceId: no source has id ${input.sourceId}`, 'input.sourceId');
    }
    await this.assertKeyFree(input.dealId, input.deliveryYear, input.sourceId);
    return this.transfers.create(input, author);
  }

  async update(rawId: string, rawInput: Input<typeof UpdateArmsTransferInput>, author: string): Promise<ArmsTransfer> {
    const id = parseInput(Id, rawId, 'id');
    const input = parseInput(UpdateArmsTransferInput, rawInput);
    const current = await this.transfers.findById(id);
    if (!current) throw new NotFoundError(`No arms transfer has id ${id}`, 'id');
    await this.actors.requireIds([
      ...(input.supplierId ? [{ id: input.supplierId, field: 'input.supplierId' }] : []),
      ...(input.recipientId ? [{ id: input.recipientId, field: 'input.recipientId' }] : []),
    ]);
    if (input.deliveryYear && input.deliveryYear !== current.deliveryYear) {
      await this.assertKeyFree(current.dealId, input.deliveryYear, current.sourceId, id);
    }
    return this.transfers.update(id, definedOnly(input), author);
  }

  async delete(rawId: string, author: string): Promise<{ id: string }> {
    const id = parseInput(Id, rawId, 'id');
    if (!(await this.transfers.findById(id))) throw new NotFoundError(`No arms transfer has id ${id}`, 'id');
    await this.transfers.delete(id, author);
    return { id: String(id) };
  }

  private async assertKeyFree(dealId: string, deliveryYear: number, sourceId: number, exceptId?: number): Promise<void> {
    const existing = await this.transfers.findByNaturalKey(dealId, deliveryYear, sourceId, exceptId);
    if (existing) {
      throw new ConflictError(
        `input.deliveryYear: deal ${dealId} already has a row for ${deliveryYear} in this dataset (id ${existing.id})`,
        'input.deliveryYear',
        { existingId: String(existing.id) },
      );
    }
  }

  /** Writes a chunk of an import's transfer rows set-based, in the import's transaction. */
  importTransfers(session: SqlSession, rows: readonly TransferWriteRow[]) {
    return this.transfers.importTransfers(session, rows);
  }
}
