// Small builders: each creates one row through the services (the mutations' own path) with unique data,
// and returns it. Overrides set what a test cares about, typed by what the service's input schema accepts.
import { randomBytes } from 'node:crypto';
import type { CreateActorInput } from '../../src/modules/actors/actors.validation';
import type { CreateArmsTransferInput } from '../../src/modules/arms-transfers/arms-transfers.validation';
import type { CreateClaimInput } from '../../src/modules/claims/claims.validation';
import type { CreateEventInput } from '../../src/modules/events/events.validation';
import type { CreateSourceInput } from '../../src/modules/sources/sources.validation';
import type { Services } from '../../src/services';
import type { Input } from '../../src/shared/validation';

/** Who the rows that tests write through the services are recorded as (the test server's admin key). */
export const TEST_AUTHOR = 'test-admin';

export const unique = (prefix: string): string => `${prefix} ${randomBytes(4).toString('hex')}`;

export function buildActor(services: Services, overrides: Partial<Input<typeof CreateActorInput>> = {}) {
  return services.actors.create({ kind: 'STATE', name: unique('Actor'), ...overrides }, TEST_AUTHOR);
}

export function buildSource(services: Services, overrides: Partial<Input<typeof CreateSourceInput>> = {}) {
  return services.sources.create({
    kind: 'NEWS_ARTICLE',
    title: unique('Source'),
    text: `${unique('Body')}. Russia supplies fighter jets to India. Oil imports from Moscow fell.`,
    ...overrides,
  }, TEST_AUTHOR);
}

export function buildEvent(services: Services, overrides: Partial<Input<typeof CreateEventInput>> = {}) {
  return services.events.create({ cameoCode: '043', title: unique('Event'), startDate: '2025-12-04', ...overrides }, TEST_AUTHOR);
}

export function buildClaim(services: Services, overrides: Partial<Input<typeof CreateClaimInput>> = {}) {
  return services.claims.create({ statement: unique('Claim'), ...overrides }, TEST_AUTHOR);
}

export async function buildArmsTransfer(services: Services, overrides: Partial<Input<typeof CreateArmsTransferInput>> = {}) {
  const supplierId = overrides.supplierId ?? String((await buildActor(services)).id);
  const recipientId = overrides.recipientId ?? String((await buildActor(services)).id);
  const sourceId = overrides.sourceId ?? String((await buildSource(services, { kind: 'DATASET', text: null, url: `https://example.org/${randomBytes(6).toString('hex')}` })).id);
  return services.armsTransfers.create({
    supplierId,
    recipientId,
    sourceId,
    dealId: unique('deal'),
    designation: 'Su-30MK',
    category: 'Aircraft',
    deliveryYear: 2010,
    tivDelivered: 100,
    ...overrides,
  }, TEST_AUTHOR);
}
