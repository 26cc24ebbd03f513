// The explorer in headless Chromium, on the embedded database with the sample and the SIPRI register: each view
// shows what the API answers, works from the keyboard, passes axe-core's serious and critical checks, and asks
// nothing of any host but the service.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { parse, print, separateOperations } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { blockForeignRequests, launchBrowser, seriousViolations as seriousViolationsOn } from '../helpers/browser';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let browser: Browser;
let context: BrowserContext;
let base: string;

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  base = await t.server.listen(0, '127.0.0.1');
  browser = await launchBrowser();
  // CSP bypassed so that the test can inject axe-core; a page stays open so that a single-process Chromium lives on.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  await context.newPage();
  mkdirSync(projectPath('test-artifacts'), { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

let page: Page;
let foreign: string[];

beforeEach(async () => {
  page = await context.newPage();
  // Any request to another host fails the test (and is not sent).
  foreign = await blockForeignRequests(page, base);
});
afterEach(async () => {
  await page.close();
  expect(foreign).toEqual([]);
});

const seriousViolations = () => seriousViolationsOn(page);

/** The whole page into test-artifacts/; with UPDATE_SCREENSHOTS=1, its first screen also into the README's docs/screenshots/. */
async function screenshot(name: string) {
  await page.screenshot({ path: projectPath('test-artifacts', `${name}.png`), fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: projectPath('docs', 'screenshots', `${name}.png`) });
}

/** Chooses an actor in a type-ahead from the keyboard: types an alias, takes the first suggestion. */
async function chooseActor(label: string, typed: string, expected: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill('');
  await input.pressSequentially(typed, { delay: 20 });
  await page.getByRole('option', { name: new RegExp(`^${expected}`) }).first().waitFor();
  await input.press('ArrowDown');
  await input.press('Enter');
  expect(await input.inputValue()).toBe(expected);
}

const TREND = `query { armsSupplyTrend(supplier: "Russia", recipient: "India", fromYear: 2000, toYear: 2023, periodYears: 5) { periods { fromYear toYear tiv share } } }`;

describe("the explorer's operations", () => {
  it('each stays within the service\'s depth, cost and alias limits', async () => {
    const dir = projectPath('web', 'src', 'operations');
    const operations = readdirSync(dir).flatMap((file) => Object.entries(separateOperations(parse(readFileSync(`${dir}/${file}`, 'utf8')))));
    expect(operations.length).toBeGreaterThanOrEqual(8);
    // Stored quotations and figures to accept and reject; a typed claim for CheckClaimDraft; a page to read.
    const quoted = await t.services.sources.create({ kind: 'REPORT', title: 'Quoted for the limits', text: [
      '"We will keep buying what we need," Putin said. "Nobody dictates to us," Putin added.',
      'Russia remained the largest arms supplier to India between 2019 and 2023. Russia\'s arms exports to India fell between 2009 and 2023.',
    ].join('\n') }, 'test-admin');
    const found = dataOf(await t.execute(`query($id: ID!) { source(id: $id) { quotations { nodes { id } } figures { nodes { id } } } }`, { id: String(quoted.id) })).source;
    const variablesOf: Record<string, Record<string, unknown>> = {
      CheckClaimDraft: { input: { predicate: 'ARMS_SUPPLY_FALLING', subject: 'Russia', object: 'India' } },
      AcceptQuotation: { input: { id: found.quotations.nodes[0].id } },
      RejectQuotation: { id: found.quotations.nodes[1].id },
      AcceptFigure: { input: { id: found.figures.nodes[0].id } },
      RejectFigure: { id: found.figures.nodes[1].id },
      ReadSourceFile: { format: 'HTML', text: readFileSync(projectPath('test', 'fixtures', 'article.html'), 'utf8') },
    };
    for (const [name, document] of operations) {
      const result = await t.execute(print(document), { name: 'Russia', text: 'Rus', supplier: 'Russia', recipient: 'India', actor: 'India', id: '1', entity: 'SOURCE', query: 'oil', input: {}, from: 'Vladimir Putin', to: 'India', ...variablesOf[name] });
      expect([name, result.errors ?? []]).toEqual([name, []]);
    }
  });
});

describe('the trend view', () => {
  it('draws Russia -> India, chosen by alias, in five 5-year periods, with the table equal to the API answer', async () => {
    await page.goto(`${base}/explorer/trend`);
    await chooseActor('Supplier', 'Moscow', 'Russia');
    await chooseActor('Recipient', 'New Delhi', 'India');
    await page.getByLabel('From year').fill('2000');
    await page.getByLabel('To year').fill('2023');
    await page.getByLabel('Period (years)').fill('5');
    await page.getByLabel('Period (years)').press('Enter');

    await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
    expect(await page.locator('[data-testid=trend-chart]').getAttribute('data-points')).toBe('5');
    const rows = await page.locator('[data-testid=trend-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ fromYear: Number(tr.getAttribute('data-from')), toYear: Number(tr.getAttribute('data-to')), tiv: Number(tr.getAttribute('data-tiv')), share: Number(tr.getAttribute('data-share')) })),
    );
    const api = dataOf(await t.execute(TREND)).armsSupplyTrend.periods;
    expect(rows).toEqual(api);
    expect(new URL(page.url()).searchParams.get('supplier')).toBe('Russia');
    expect(await page.getByText(/SIPRI Arms Transfers Database \(c\) SIPRI/).count()).toBeGreaterThan(0);
    const csv = decodeURIComponent((await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!.split(',').slice(1).join(','));
    expect(csv).toMatch(/^period,from_year,to_year,tiv,recipient_total_tiv,share/);
    expect(csv).toContain('(c) SIPRI');
    await screenshot('explorer-trend');

    // The link opens the same chart; stacked by category on demand.
    const link = page.url();
    await page.goto(link.replace('period=5', 'period=5&split=stacked'));
    await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
    expect(await page.locator('[data-testid=trend-table] thead th').count()).toBeGreaterThan(4);
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('opens on the overview, whose first question is the headline: Russia\'s supplies to India, 2000-2023, by five years', async () => {
    await page.goto(`${base}/explorer/`);
    await page.getByTestId('counts').waitFor();
    expect(new URL(page.url()).pathname).toBe('/explorer/overview');
    expect(await page.getByTestId('counts').textContent()).toMatch(/\d+ states.*\d+ people.*\d+ events.*\d+ claims.*\d+ sources.*\d+ arms-transfer rows/);
    expect(await page.getByTestId('datasets').textContent()).toContain('SIPRI');
    expect(await page.locator('.credit').first().textContent()).toContain('SIPRI');
    expect(await page.getByTestId('latest-sources').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('latest-changes').locator('li').count()).toBeGreaterThan(0);
    await screenshot('explorer-overview');
    expect(await seriousViolations()).toEqual([]);
    await page.getByTestId('questions').getByRole('link').first().click();
    await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ supplier: 'Russia', recipient: 'India', from: '2000', to: '2023', period: '5' });
    expect(await page.locator('[data-testid=trend-chart]').getAttribute('data-points')).toBe('5');
    expect(await page.getByRole('combobox', { name: 'Supplier' }).inputValue()).toBe('Russia');
  }, 60_000);

  it('draws the share line over the bars, with room above the tallest, in a colour no bar wears, and prints every TIV alike', async () => {
    for (const split of ['total', 'stacked']) {
      await page.goto(`${base}/explorer/trend?supplier=Russia&recipient=India&from=2000&to=2023&period=5&split=${split}`);
      await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
      const chart = await page.evaluate(() => {
        type Meta = { type: string; _dataset: { backgroundColor: string; borderColor?: string; data: number[] } };
        const registry = (globalThis as unknown as { Chart: { getChart(canvas: Element): { getSortedVisibleDatasetMetas(): Meta[]; scales: Record<string, { max: number }> } } }).Chart;
        const drawn = registry.getChart(document.querySelector('[data-testid=trend-chart]')!);
        const metas = drawn.getSortedVisibleDatasetMetas();
        const bars = metas.filter((meta) => meta.type === 'bar');
        const heights = bars[0]!._dataset.data.map((_value, index) => bars.reduce((sum, bar) => sum + (bar._dataset.data[index] ?? 0), 0));
        return {
          // Chart.js draws the sorted datasets last to first: the first is on top.
          topmost: metas[0]!.type,
          tallest: Math.max(...heights),
          axisMax: drawn.scales.tiv!.max,
          lineColour: metas.find((meta) => meta.type === 'line')!._dataset.borderColor,
          barColours: bars.map((bar) => bar._dataset.backgroundColor),
        };
      });
      expect(chart.topmost).toBe('line');
      expect(chart.axisMax).toBeGreaterThan(chart.tallest * 1.05);
      expect(chart.barColours).not.toContain(chart.lineColour);
      const cells = await page.locator('[data-testid=trend-table] tbody td:not(:nth-child(4))').allTextContents();
      for (const cell of cells) expect(cell).toMatch(/^\d{1,3}(,\d{3})*$/);
    }
  }, 60_000);

  it('says so when an actor is unknown, and offers a retry when the network fails', async () => {
    await page.goto(`${base}/explorer/trend?supplier=Atlantis&recipient=India`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Not found.*Atlantis/);

    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}/explorer/trend?supplier=Russia&recipient=India&from=2000&to=2023&period=5`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/cannot be reached/);
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
  }, 60_000);

});

describe('the keyboard', () => {
  const views: [string, string[]][] = [
    ['trend', ['supplier', 'recipient', 'from', 'to', 'period', 'split', 'Show trend']],
    ['top?actor=India&side=suppliers', ['actor', 'side', 'from', 'to', 'Rank', 'Russia']],
    ['actor?name=Russia', ['name', 'Open', 'Affiliations', 'Arms partners', 'Vladimir Putin']],
    ['search?q=oil', ['q', 'Search']],
  ];
  it.each(views)('reaches every control of /explorer/%s with Tab', async (view, controls) => {
    await page.goto(`${base}/explorer/${view}`);
    await page.locator('main form').waitFor();
    await page.waitForLoadState('networkidle');
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent?.trim() ?? ''));
    }
    for (const control of controls) expect(reached).toContain(control);
  }, 60_000);
});

describe('the top-partners view', () => {
  it('ranks India\'s suppliers with links to each pair\'s trend', async () => {
    await page.goto(`${base}/explorer/top?actor=India&side=suppliers&from=2000&to=2023`);
    await page.locator('[data-testid=ranking-chart][data-ready=true]').waitFor();
    const first = page.locator('tbody tr th a').first();
    expect(await first.textContent()).toBe('Russia');
    await first.click();
    await page.locator('[data-testid=trend-chart][data-ready=true]').waitFor();
    expect(new URL(page.url()).searchParams.get('recipient')).toBe('India');
    await page.goto(`${base}/explorer/top?actor=India&side=suppliers&from=2000&to=2023`);
    await page.locator('[data-testid=ranking-chart][data-ready=true]').waitFor();
    await screenshot('explorer-top');
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('says how many partners the chart leaves out, and shows all of them on demand', async () => {
    const { topArmsSuppliers } = dataOf(await t.execute(`{ topArmsSuppliers(recipient: "India", fromYear: 2000, toYear: 2023) { partnerCount } }`));
    expect(topArmsSuppliers.partnerCount).toBeGreaterThan(15);
    await page.goto(`${base}/explorer/top?actor=India&side=suppliers&from=2000&to=2023`);
    await page.locator('[data-testid=ranking-chart][data-ready=true]').waitFor();
    expect(await page.getByTestId('ranking-shown').textContent()).toMatch(new RegExp(`^Showing the top 15 of ${topArmsSuppliers.partnerCount} suppliers \\(they make up [\\d.]+% of the total\\)`));
    await page.getByRole('link', { name: `Show all ${topArmsSuppliers.partnerCount}` }).click();
    await page.getByTestId('ranking-shown').filter({ hasText: 'Showing all' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(topArmsSuppliers.partnerCount);
  }, 60_000);
});

describe('the actor page', () => {
  it('shows Russia for "Moscow" in sections: Putin as its president, its timeline charted, claims, sources and mentions, arms partners', async () => {
    await page.goto(`${base}/explorer/actor?name=Moscow`);
    await page.getByTestId('actor-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Russia');
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').allTextContents()).toEqual([
      'Affiliations', 'Timeline', 'Claims', 'Sources and mentions', 'Counterparts', 'Arms partners',
    ]);
    expect(await page.getByTestId('affiliations').textContent()).toMatch(/Vladimir Putin: President of Russia/);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.locator('li[data-kind=EVENT]').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.locator('li[data-kind=ARMS_DELIVERIES]').count()).toBeGreaterThan(0);
    // The chart holds the whole timeline: a bar per year and side of deliveries, a dot per year of events.
    const chart = page.getByTestId('timeline-chart');
    await chart.waitFor();
    const { timeline: whole } = dataOf(await t.execute('{ timeline(actor: "Russia", first: 500) { items { kind } } }'));
    expect(Number(await chart.getAttribute('data-items'))).toBe(whole.items.length);
    expect(await chart.locator('rect').count()).toBe(whole.items.filter((item: { kind: string }) => item.kind === 'ARMS_DELIVERIES').length);
    expect(await chart.locator('circle').count()).toBeGreaterThanOrEqual(2);
    await page.getByTestId('claims').waitFor();
    expect(await page.getByTestId('claims').textContent()).toContain('in India and Russia set to strengthen');
    expect(await page.getByTestId('actor-sources').textContent()).toContain('India and Russia set to strengthen');
    await page.getByTestId('mentions').waitFor();
    expect(await page.getByTestId('mentions').locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('arms-recipients').waitFor();
    expect(await page.getByTestId('arms-recipients').locator('tbody th').allTextContents()).toContain('India');
    expect(await page.locator('#arms .credit').textContent()).toContain('SIPRI');
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot('explorer-actor');
    // A section's link scrolls to it, without leaving the page.
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Arms partners' }).click();
    await page.waitForURL(/#arms$/);
    expect(await page.getByTestId('actor-page').count()).toBe(1);
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it("pages Russia's claims ten at a time, and filters them by their check's verdict", async () => {
    await page.goto(`${base}/explorer/actor?name=Russia`);
    const count = page.getByTestId('claims-count');
    await count.waitFor();
    const total = Number(/^10 of (\d+) claims$/.exec((await count.textContent())!)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.getByTestId('claims').locator(':scope > li').count()).toBe(10);
    await page.locator('#claims').getByRole('button', { name: 'Show more' }).click();
    await page.getByTestId('claims').locator(':scope > li').nth(10).waitFor();
    expect(await count.textContent()).toBe(`${Math.min(20, total)} of ${total} claims`);
    await page.getByRole('combobox', { name: 'Checked against the data' }).selectOption('SUPPORTED');
    await page.getByTestId('claims-count').filter({ hasNotText: `of ${total} claims` }).waitFor();
    const verdicts = await page.getByTestId('claims').locator(':scope > li [data-testid=claim-check] .verdict').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set(['supported']));
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('pages through Russia\'s timeline with "Show more", and leaves out the kinds unticked', async () => {
    await page.goto(`${base}/explorer/actor?name=Russia`);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.locator('li').count()).toBe(25);
    await page.locator('#timeline').getByRole('button', { name: 'Show more' }).click();
    await timeline.locator('li').nth(25).waitFor();
    const dates = await timeline.locator('li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(25);
    // Newest first: the days of a year before the year itself.
    expect(dates.map((date) => date.padEnd(10, '-'))).toEqual([...dates.map((date) => date.padEnd(10, '-'))].sort().reverse());
    await page.getByRole('checkbox', { name: 'Arms deliveries' }).uncheck();
    // The list is read again for the kinds still ticked.
    await page.getByTestId('timeline').locator('li[data-kind=EVENT]').first().waitFor();
    expect(await page.getByTestId('timeline').locator('li[data-kind=ARMS_DELIVERIES]').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('shows the "notable decline" claim as supported by the data, with its figures and a working link to the trend', async () => {
    await page.goto(`${base}/explorer/actor?name=Russia`);
    await page.getByTestId('claims').waitFor();
    await page.getByRole('combobox', { name: 'Checked against the data' }).selectOption('SUPPORTED');
    const claim = page.getByTestId('claims').locator(':scope > li', { hasText: 'declined notably in recent years' });
    await claim.waitFor();
    expect(await claim.textContent()).toContain('(holds from 2009-01-01 to 2025-12-04)');
    const check = claim.getByTestId('claim-check');
    expect(await check.locator('.verdict').textContent()).toBe('supported');
    const figures = await check.locator('table tbody tr').allTextContents();
    expect(figures).toEqual([expect.stringMatching(/^2009–2013\s*75\.9%/), expect.stringMatching(/^2014–2018\s*57\.7%/), expect.stringMatching(/^2019–2023\s*36\.5%/)]);
    expect(await check.textContent()).toContain('SIPRI');
    await check.getByRole('link', { name: /See the trend for 2009–2023/ }).click();
    await page.waitForURL(/\/explorer\/trend\?/);
    expect(new URL(page.url()).searchParams.get('align')).toBe('to');
    const table = page.getByRole('table').first();
    await table.waitFor();
    expect(await table.textContent()).toContain('2019–2023');
    expect(await table.textContent()).toContain('36.5%');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);
});

describe('the lists of actors and sources', () => {
  it('lists the states, filtered by name, each linking to its page, and pages through all actors', async () => {
    await page.goto(`${base}/explorer/actors?kind=STATE&name=ind`);
    const list = page.getByTestId('actor-list');
    await list.waitFor();
    const names = await list.locator('tbody th').allTextContents();
    // By name or any alias containing "ind", states only.
    expect(names).toEqual(expect.arrayContaining(['India', 'Indonesia']));
    expect(names).not.toContain('Russia');
    expect(names).not.toContain('Narendra Modi');
    expect(await seriousViolations()).toEqual([]);
    await page.goto(`${base}/explorer/actors`);
    await page.getByTestId('actor-list').waitFor();
    const first = await page.getByTestId('actor-list').locator('tbody th').allTextContents();
    expect(first).toHaveLength(50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByRole('link', { name: 'First page' }).waitFor();
    const second = await page.getByTestId('actor-list').locator('tbody th').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    await page.getByTestId('actor-list').getByRole('link').first().click();
    await page.getByTestId('actor-page').waitFor();
  }, 60_000);

  it('lists the sources latest first, filtered by kind and date, each opening in the reader', async () => {
    await page.goto(`${base}/explorer/sources`);
    const list = page.getByTestId('source-list');
    await list.waitFor();
    expect(await list.locator('caption').textContent()).toMatch(/^\d+ sources?, latest published first/);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('NEWS_ARTICLE');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/kind=NEWS_ARTICLE/);
    await page.getByTestId('source-list').locator('tbody th a', { hasText: 'India and Russia set to strengthen' }).click();
    await page.getByTestId('source-reader').waitFor();
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('lists the sources whose text mentions an actor, chosen by alias, and those whose title holds a word', async () => {
    await page.goto(`${base}/explorer/sources`);
    await page.getByTestId('source-list').waitFor();
    const all = Number(/^(\d+) sources?/.exec((await page.getByTestId('source-list').locator('caption').textContent())!)![1]);
    await chooseActor('Mentions', 'New Delhi', 'India');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/mentioning=India/);
    const caption = page.getByTestId('source-list').locator('caption');
    await caption.filter({ hasNotText: `${all} sources` }).waitFor();
    const mentioning = await t.execute('{ sources(filter: { mentioning: "India" }) { totalCount } }');
    expect(await caption.textContent()).toMatch(new RegExp(`^${dataOf(mentioning).sources.totalCount} sources?,`));
    expect(await page.getByTestId('source-list').textContent()).toContain('India and Russia set to strengthen');
    await page.goto(`${base}/explorer/sources?title=no-such-title-anywhere`);
    await page.getByText('No source matches.').waitFor();
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);
});

describe('the connections view', () => {
  it('connects Putin and India, each hop linking to its records, and narrows the relations to affiliations and arms trade', async () => {
    await page.goto(`${base}/explorer/connections?from=Vladimir+Putin&to=India`);
    const paths = page.getByTestId('paths');
    await paths.waitFor();
    expect(await paths.locator(':scope > li').first().textContent()).toMatch(/^Vladimir Putin → India \(1 hop\)/);
    expect(await paths.locator('li[data-relation=EVENT]').first().textContent()).toContain('India-Russia annual summit in New Delhi');
    const graph = page.getByTestId('path-graph');
    expect([await graph.getAttribute('data-nodes'), await graph.getAttribute('data-edges')]).toEqual(['2', '1']);
    // What concerns both: the summit they shared, in the pair's timeline.
    await page.getByTestId('timeline').locator('li[data-kind=EVENT]', { hasText: 'India-Russia annual summit' }).waitFor();
    expect(await seriousViolations()).toEqual([]);
    for (const relation of ['Shared events', 'Claims']) await page.getByRole('group', { name: 'Through' }).getByRole('checkbox', { name: relation }).uncheck();
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.waitForURL(/via=AFFILIATION%2CARMS_TRADE/);
    await page.getByTestId('paths').locator(':scope > li', { hasText: 'Vladimir Putin → Russia → India' }).first().waitFor();
    expect(Number(await page.getByTestId('path-graph').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(3);
    await page.getByTestId('timeline-chart').waitFor();
    await screenshot('explorer-connections');
    expect(await seriousViolations()).toEqual([]);
    const steps = page.getByTestId('paths').locator(':scope > li').first().locator('li');
    expect(await steps.allTextContents()).toEqual([
      expect.stringMatching(/^Vladimir Putin is President of Russia/),
      expect.stringMatching(/^Russia delivered arms to India: TIV [\d.]+ in \d+ deliveries, 2000–2023/),
    ]);
    expect(await page.locator('.credit').textContent()).toContain('SIPRI');
    expect(await page.getByRole('alert').count()).toBe(0);
  }, 60_000);

  it('says so when nothing connects within the hops asked for', async () => {
    await page.goto(`${base}/explorer/connections?from=Vladimir+Putin&to=India&hops=1&via=CLAIM`);
    await page.getByText('No connection within 1 hop.').waitFor();
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);
});

describe('the source reader', () => {
  it('highlights each cited quote at its offsets, shows a repeated paragraph once, and shows a highlight\'s claim', async () => {
    const { sources } = dataOf(await t.execute(`{ sources(filter: { kind: NEWS_ARTICLE }, first: 5) { nodes { id text citations { id quote startOffset endOffset claim { statement } } } } }`));
    const source = sources.nodes.find((s: { citations: unknown[] }) => s.citations.length > 0);
    await page.goto(`${base}/explorer/source?id=${source.id}`);
    await page.getByTestId('source-reader').waitFor();
    const marks = await page.locator('[data-testid=source-text] mark').evaluateAll((nodes) =>
      nodes.map((node) => ({ start: Number(node.getAttribute('data-start')), end: Number(node.getAttribute('data-end')), ids: node.getAttribute('data-citations')!.split(' '), text: node.textContent })),
    );
    // Each quote lies in its highlight at its stored offsets (overlapping quotes share one highlight).
    for (const citation of source.citations) {
      const mark = marks.find((m) => m.ids.includes(citation.id))!;
      expect(mark.start).toBeLessThanOrEqual(citation.startOffset);
      expect(mark.end).toBeGreaterThanOrEqual(citation.endOffset);
      expect(Array.from(mark.text!).slice(citation.startOffset - mark.start, citation.endOffset - mark.start).join('')).toBe(citation.quote);
    }
    expect(marks.filter((m) => m.ids.length === 1).every((m) => source.citations.some((c: any) => c.id === m.ids[0] && c.startOffset === m.start && c.endOffset === m.end))).toBe(true);
    // Every paragraph of the stored text is shown exactly once.
    const shown = await page.getByTestId('source-text').locator('p').allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBeGreaterThan(5);

    await page.locator('[data-testid=source-text] mark').first().focus();
    await page.keyboard.press('Enter');
    const first = source.citations.find((c: { id: string }) => c.id === marks[0]!.ids[0]);
    expect(await page.getByTestId('citation-panel').textContent()).toContain(first.claim.statement);
    await screenshot('explorer-source');
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);
});

describe('the source reader, on a checked claim', () => {
  it("shows the verdict of a highlighted quote's claim with its figures", async () => {
    const { sources } = dataOf(await t.execute(`{ sources(filter: { kind: NEWS_ARTICLE }, first: 5) { nodes { id citations { id } } } }`));
    const source = sources.nodes.find((s: { citations: unknown[] }) => s.citations.length > 0);
    await page.goto(`${base}/explorer/source?id=${source.id}`);
    await page.getByTestId('source-reader').waitFor();
    const mark = page.locator('[data-testid=source-text] mark', { hasText: 'notable decline in recent years' });
    await mark.focus();
    await page.keyboard.press('Enter');
    const check = page.getByTestId('citation-panel').getByTestId('claim-check');
    await check.waitFor();
    expect(await check.locator('.verdict').textContent()).toBe('supported');
    expect(await check.textContent()).toContain('36.5%');
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);
});

describe('the source reader, on a text that repeats a paragraph', () => {
  it('shows the repeated paragraph once', async () => {
    const source = await t.services.sources.create(
      { kind: 'REPORT', title: 'Repeats', text: 'First paragraph.\nThe repeated paragraph.\nThe repeated paragraph.\nLast paragraph.' },
      'test-admin',
    );
    await page.goto(`${base}/explorer/source?id=${source.id}`);
    await page.getByTestId('source-reader').waitFor();
    expect(await page.getByTestId('source-text').locator('p').allTextContents()).toEqual(['First paragraph.', 'The repeated paragraph.', 'Last paragraph.']);
  }, 60_000);
});

describe('search', () => {
  it('finds the sample source for "oil" and opens it in the reader', async () => {
    await page.goto(`${base}/explorer/search`);
    await page.getByRole('searchbox').fill('oil');
    await page.getByRole('searchbox').press('Enter');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    const sourceLink = results.locator('li', { has: page.locator('.kind', { hasText: 'Source' }) }).locator('a').first();
    expect(await sourceLink.textContent()).toMatch(/India|Russia|Modi|Putin/);
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    await screenshot('explorer-search');
    expect(await seriousViolations()).toEqual([]);
    await sourceLink.click();
    await page.getByTestId('source-reader').waitFor();
  }, 60_000);
});

describe('recent changes', () => {
  it('lists the latest changes with links to their records, and shows a new one live as it is saved', async () => {
    await page.goto(`${base}/explorer/changes`);
    const list = page.getByTestId('changes-list');
    await list.waitFor();
    expect(await list.locator('li').count()).toBeGreaterThan(0);
    await page.getByTestId('changes-live').getByText('Live').waitFor();
    const name = `Freedonia ${Date.now()}`;
    await t.services.actors.create({ name, kind: 'STATE', allowDuplicate: true }, 'test-admin');
    const added = list.locator('li', { hasText: name });
    await added.waitFor({ timeout: 10_000 });
    expect(await added.locator('a').getAttribute('href')).toBe(`/explorer/actor?name=${encodeURIComponent(name).replace(/%20/g, '+')}`);
    expect(await added.textContent()).toMatch(/CREATE/);
    expect(await seriousViolations()).toEqual([]);
    expect(foreign).toEqual([]);
  }, 60_000);
});

describe('a record page\'s history', () => {
  it('shows an actor\'s versions when opened, newest first, with the fields each change touched', async () => {
    const name = `Historia ${Date.now()}`;
    const actor = await t.services.actors.create({ name, kind: 'STATE', allowDuplicate: true }, 'test-admin');
    await t.services.actors.update(String(actor.id), { description: 'A second version' }, 'test-admin');
    await page.goto(`${base}/explorer/actor?name=${encodeURIComponent(name)}`);
    const history = page.getByTestId('record-history');
    await history.waitFor();
    // Read only once opened.
    expect(await history.locator('tbody tr').count()).toBe(0);
    await history.getByText('History').click();
    await history.locator('tbody tr').first().waitFor();
    const rows = await history.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([['2', 'update', expect.stringContaining('description')], ['1', 'create', 'all']]);
    // Anonymous readers are not told who made a change.
    expect(rows.every((row) => row[4] === 'shown to key holders')).toBe(true);
    expect(await seriousViolations()).toEqual([]);
  }, 60_000);

  it('shows a source\'s versions on the reader', async () => {
    await page.goto(`${base}/explorer/source?id=1`);
    const history = page.getByTestId('record-history');
    await history.getByText('History').click();
    await history.locator('tbody tr').first().waitFor();
    expect(await history.locator('tbody tr').last().textContent()).toMatch(/^1.*create/);
  }, 60_000);
});
