// Small builders: each creates one row through the services (the mutations' own path) with unique data,
// and returns it. Overrides set what a test cares about.
import { randomBytes } from 'node:crypto';
import type { Services } from '../../src/services';

/** Who the rows that tests write through the services are recorded as (the test server's admin key). */
export const TEST_AUTHOR = 'test-admin';

export const unique = (prefix: string): string => `${prefix} ${randomBytes(4).toString('hex')}`;

export function buildActor(services: Services, overrides: Record<string, unknown> = {}) {
  return services.actors.create({ kind: 'STATE', name: unique('Actor'), ...overrides }, TEST_AUTHOR);
}

export function buildSource(services: Services, overrides: Record<string, unknown> = {}) {
  return services.sources.create({
    kind: 'NEWS_ARTICLE',
    title: unique('Source'),
    text: `${unique('Body')}. Russia supplies fighter jets to India. Oil imports from Moscow fell.`,
    ...overrides,
  }, TEST_AUTHOR);
}

export function buildEvent(services: Services, overrides: Record<string, unknown> = {}) {
  return services.events.create({ cameoCode: '043', title: unique('Event'), startDate: '2025-12-04', ...overrides }, TEST_AUTHOR);
}

export function buildClaim(services: Services, overrides: Record<string, unknown> = {}) {
  return services.claims.create({ statement: unique('Claim'), ...overrides }, TEST_AUTHOR);
}

export async function buildArmsTransfer(services: Services, overrides: Record<string, unknown> = {}) {
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
