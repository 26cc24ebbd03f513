// Adding a source in the explorer, in headless Chromium: paste an article, see its mentions, create an actor for
// an unknown name, make two claims from selected passages, save them in one bundle, and read them in the reader;
// from the keyboard where it matters, with no serious axe violation, contacting nothing but the service.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { loadSample, loadSipriSample } from '../../src/sample/sample';
import { projectPath } from '../../src/shared/paths';
import { pdfFile } from '../builders/pdf';
import { blockForeignRequests, launchBrowser, seriousViolations } from '../helpers/browser';
import { createTestServer, dataOf, type TestServer } from '../helpers/test-server';

let t: TestServer;
let browser: Browser;
let base: string;
let editorKey: string;

beforeAll(async () => {
  t = await createTestServer();
  await loadSample(t.services);
  await loadSipriSample(t.services);
  editorKey = (await t.services.apiKeys.create('explorer-editor', 'EDITOR')).key;
  base = await t.server.listen(0, '127.0.0.1');
  browser = await launchBrowser();
  mkdirSync(projectPath('test-artifacts'), { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const ARTICLE = [
  'Moscow and New Delhi signed a new defence agreement on Friday.',
  'Under the deal, Dassault Aviation loses ground as India buys more Russian helicopters.',
  'Analysts in Beijing watched the talks closely.',
].join('\n');

/** Selects `passage` inside the stored text, as a reader dragging over it would. */
async function select(page: Page, passage: string): Promise<void> {
  await page.getByTestId('stored-text').evaluate((panel, wanted) => {
    const text = panel.textContent ?? '';
    const start = text.indexOf(wanted);
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
      if (start + wanted.length >= offset && start + wanted.length <= offset + length) {
        range.setEnd(node, start + wanted.length - offset);
        break;
      }
      offset += length;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, passage);
}

describe('adding a source in the explorer', () => {
  it('reads a pasted article, creates an actor for an unknown name, saves two claims from selected passages, and shows them in the reader', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const foreign = await blockForeignRequests(page, base);
    await page.goto(`${base}/explorer/add`);
    await page.getByLabel('Title').fill('Moscow and New Delhi sign a defence agreement');
    await page.getByLabel('Text').fill(`${ARTICLE}\n${ARTICLE.split('\n')[0]}`);
    await page.getByRole('button', { name: 'Read the text' }).click();
    const stored = page.getByTestId('stored-text');
    await stored.waitFor();
    // The repeated first paragraph is left out; the mentions are highlighted.
    expect(await stored.textContent()).toBe(ARTICLE);
    expect(await stored.locator('mark').allTextContents()).toEqual(['Moscow', 'New Delhi', 'India', 'Russian', 'Beijing']);
    expect(await page.getByText('1 repeated paragraph left out', { exact: false }).count()).toBe(1);
    // Capitalised words that name no one ("Friday", "Under") are not offered as new actors.
    expect(await page.locator('.unknown-names li').allTextContents()).toEqual(['Dassault Aviation (organisation) Create actor “Dassault Aviation”']);

    await page.getByRole('button', { name: 'Create actor “Dassault Aviation”' }).click();
    await select(page, 'Moscow and New Delhi signed a new defence agreement');
    await page.getByRole('button', { name: 'Make a claim from the selection' }).click();
    await page.getByLabel('Statement').first().fill('Russia and India signed a defence agreement.');
    await select(page, 'India buys more Russian helicopters');
    await page.getByRole('button', { name: 'Make a claim from the selection' }).click();
    await page.getByLabel('Statement').nth(1).fill('India buys more Russian helicopters.');
    expect(await page.locator('.claim-draft').first().textContent()).toContain('About: Russia, India');

    // Without a key the service refuses, and says why next to the key.
    await page.getByRole('button', { name: 'Save the source and its claims' }).click();
    await page.locator('#error-save').waitFor();
    expect(await page.locator('#error-save').textContent()).toMatch(/API key/);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: projectPath('test-artifacts', 'explorer-add-source.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: projectPath('docs', 'screenshots', 'explorer-add-source.png'), fullPage: true });

    await page.getByLabel(/API key/).fill(editorKey);
    await page.getByRole('button', { name: 'Save the source and its claims' }).click();
    await page.waitForURL(/\/explorer\/source\?id=\d+/);
    await page.getByTestId('source-reader').waitFor();
    expect(await page.locator('[data-testid=source-text] mark').allTextContents()).toEqual([
      'Moscow and New Delhi signed a new defence agreement',
      'India buys more Russian helicopters',
    ]);
    expect(foreign).toEqual([]);

    const id = new URL(page.url()).searchParams.get('id');
    const { source } = dataOf(await t.execute(`query($id: ID!) { source(id: $id) { claims { statement about { actor { name } } } mentions { nodes { text } } } }`, { id }));
    expect(source.claims.map((c: { statement: string }) => c.statement).sort()).toEqual(['India buys more Russian helicopters.', 'Russia and India signed a defence agreement.']);
    expect(dataOf(await t.execute('{ actor(name: "Dassault Aviation") { name kind } }')).actor).toEqual({ name: 'Dassault Aviation', kind: 'ORGANISATION' });
    expect(source.mentions.nodes.map((m: { text: string }) => m.text)).toContain('Dassault Aviation');
    await page.close();
  }, 120_000);

  it('works from the keyboard: a typed passage makes a claim, which the service stores in the text\'s own words', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/explorer/add`);
    const text = 'Kyiv’s envoys met Washington’s officials on Tuesday to discuss air defence.';
    await page.getByLabel('Title').focus();
    await page.keyboard.type('Envoys meet');
    await page.getByLabel('Text').focus();
    await page.keyboard.insertText(text);
    await page.getByRole('button', { name: 'Read the text' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('stored-text').waitFor();
    await page.getByLabel(/Or type a passage/).focus();
    await page.keyboard.type("kyiv's envoys met washington's officials");
    await page.getByRole('button', { name: 'Make a claim from this passage' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.claim-draft').textContent()).toContain('About: Ukraine, United States');
    await page.getByLabel('Statement').focus();
    await page.keyboard.type('Ukraine and the United States discussed air defence.');
    await page.getByLabel(/API key/).focus();
    await page.keyboard.type(editorKey);
    await page.getByRole('button', { name: 'Save the source and its claims' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explorer\/source\?id=\d+/);
    await page.getByTestId('source-reader').waitFor();
    expect(await page.locator('[data-testid=source-text] mark').allTextContents()).toEqual(['Kyiv’s envoys met Washington’s officials']);
    await page.close();
  }, 120_000);

  it('accepts a quotation as a claim said by its speaker, rejects another, and types a claim checked against the data as it is typed', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const foreign = await blockForeignRequests(page, base);
    await page.goto(`${base}/explorer/add`);
    await page.getByLabel('Title').fill('Modi on arms purchases');
    await page.getByLabel('Text').fill([
      "Russia's arms supplies to India have been falling for a decade.",
      '"We will keep buying what we need from every partner," Modi said.',
      '"Nobody can dictate to India," he added.',
      'India also flies the Su-30MKI.',
    ].join('\n'));
    await page.getByRole('button', { name: 'Read the text' }).click();
    const candidates = page.getByTestId('quotation-candidates');
    await candidates.locator('li.candidate').first().waitFor();
    expect(await candidates.locator('li.candidate blockquote').allTextContents()).toEqual(['We will keep buying what we need from every partner,', 'Nobody can dictate to India,']);
    expect(await candidates.locator('li.candidate').first().textContent()).toContain('Narendra Modi ("Modi"), by a cue next to it');
    // A weapon system the arms-transfer data hold is marked as one, and not offered as a new actor.
    expect(await page.getByTestId('weapon').allTextContents()).toEqual(['Su-30MKI']);
    expect(await page.locator('.unknown-names li').count()).toBe(0);
    // The first sentence states a figure the data can check: proposed as a typed claim with its check.
    expect(await page.getByTestId('figure-candidates').locator('blockquote').allTextContents()).toEqual(["Russia's arms supplies to India have been falling for a decade."]);
    expect(await page.getByTestId('figure-candidates').textContent()).toContain('arms supply falling: Russia to India');

    await page.getByRole('button', { name: /Accept the quotation "We will keep buying/ }).click();
    await page.getByRole('button', { name: /Reject the quotation "Nobody can dictate/ }).click();
    expect(await candidates.locator('li.candidate').count()).toBe(0);
    const quoted = page.locator('.claim-draft').first();
    expect(await quoted.getByLabel('Statement').inputValue()).toBe('We will keep buying what we need from every partner,');
    expect(await quoted.getByLabel(/Said by/).inputValue()).toBe('Narendra Modi');

    await select(page, "Russia's arms supplies to India have been falling for a decade.");
    await page.getByRole('button', { name: 'Make a claim from the selection' }).click();
    const typed = page.locator('.claim-draft').nth(1);
    await typed.getByLabel('Statement').fill("Russia's arms supplies to India are falling.");
    await typed.getByLabel('Predicate').selectOption('ARMS_SUPPLY_FALLING');
    await typed.getByLabel('Subject').fill('Russia');
    await typed.getByLabel('Object').fill('India');
    await typed.getByLabel('Holds from').fill('2009-01-01');
    await typed.getByLabel('Holds until').fill('2023-12-31');
    // The check is shown as the claim is typed, before anything is saved.
    await typed.getByTestId('claim-check').waitFor();
    expect(await typed.getByTestId('claim-check').textContent()).toMatch(/^supported by the data/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/API key/).fill(editorKey);
    await page.getByRole('button', { name: 'Save the source and its claims' }).click();
    await page.waitForURL(/\/explorer\/source\?id=\d+/);
    expect(foreign).toEqual([]);
    const id = new URL(page.url()).searchParams.get('id');
    const { source } = dataOf(await t.execute(`query($id: ID!) { source(id: $id) {
      claims { statement asserter { name } predicate subject { name } objectActor { name } validFrom validTo check { verdict } citations { quote } }
      quotations(status: [PROPOSED, ACCEPTED, REJECTED]) { nodes { quote status } } figures { nodes { text status claim { statement } } } } }`, { id }));
    const byStatement = Object.fromEntries(source.claims.map((claim: { statement: string }) => [claim.statement, claim]));
    expect(byStatement['We will keep buying what we need from every partner,']).toMatchObject({ asserter: { name: 'Narendra Modi' }, predicate: null, citations: [{ quote: 'We will keep buying what we need from every partner,' }] });
    expect(byStatement["Russia's arms supplies to India are falling."]).toMatchObject({
      predicate: 'ARMS_SUPPLY_FALLING', subject: { name: 'Russia' }, objectActor: { name: 'India' }, validFrom: '2009-01-01', validTo: '2023-12-31', check: { verdict: 'SUPPORTED' },
    });
    expect(source.quotations.nodes).toContainEqual({ quote: 'Nobody can dictate to India,', status: 'REJECTED' });
    // Accepted on the page is accepted in the stored source: the claims cite their exact spans.
    expect(source.quotations.nodes).toContainEqual({ quote: 'We will keep buying what we need from every partner,', status: 'ACCEPTED' });
    expect(source.figures.nodes).toEqual([{ text: "Russia's arms supplies to India have been falling for a decade.", status: 'ACCEPTED', claim: { statement: "Russia's arms supplies to India are falling." } }]);
    // The reader lists what was found, reviewed, and the weapon system named with the transfers that carry it.
    const found = page.getByTestId('source-candidates');
    await found.getByTestId('stored-quotations').waitFor();
    expect(await found.getByTestId('stored-quotations').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(['ACCEPTED', 'REJECTED']);
    expect(await found.getByTestId('stored-weapons').textContent()).toMatch(/^Su-30MKI \(Su-30\): \d+ transfers in the data, latest: /);
    // In the text, the weapon system is underlined as one, and no citation's highlight.
    expect(await page.getByTestId('source-text').getByTestId('weapon').allTextContents()).toEqual(['Su-30MKI']);
    await page.close();
  }, 180_000);

  it('reads a dropped PDF into the form, and the reader accepts and rejects what the service found, with an editor\'s key', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const foreign = await blockForeignRequests(page, base);
    await page.goto(`${base}/explorer/add`);
    const title = `India's suppliers ${Date.now()}`;
    const pdf = pdfFile({ title, author: 'A. Analyst', created: '2024-03-11', pages: [
      { lines: ['Russia remained the largest arms supplier to India between 2019 and 2023.', '', '"We diversify, but we keep our partners," Modi said.'] },
      { lines: ["Russia's share of India's arms imports fell from 69 per cent in 2010-14 to 46 per cent in 2015-19."] },
    ] });
    await page.getByLabel(/Drop a saved web page or a PDF/).setInputFiles({ name: 'suppliers.pdf', mimeType: 'application/pdf', buffer: pdf });
    // The form is filled from the file and the text read at once.
    await page.getByTestId('figure-candidates').waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    expect(await page.getByLabel('Published on').inputValue()).toBe('2024-03-11');
    expect(await page.getByTestId('figure-candidates').locator('blockquote').allTextContents()).toEqual([
      'Russia remained the largest arms supplier to India between 2019 and 2023.',
      "Russia's share of India's arms imports fell from 69 per cent in 2010-14 to 46 per cent in 2015-19.",
    ]);
    // The stated 46% is shown against the data.
    expect(await page.getByTestId('figure-candidates').locator('li').nth(1).textContent()).toContain('46.0% stated');
    await page.getByRole('button', { name: /Set aside the figure "Russia's share/ }).click();
    await page.getByLabel(/API key/).fill(editorKey);
    await page.getByRole('button', { name: 'Save the source and its claims' }).click();
    await page.waitForURL(/\/explorer\/source\?id=\d+/);
    const id = new URL(page.url()).searchParams.get('id');
    const stored = async () => dataOf(await t.execute(`query($id: ID!) { source(id: $id) { kind pageStarts
      quotations(status: [PROPOSED, ACCEPTED, REJECTED]) { nodes { status } } figures(status: [PROPOSED, ACCEPTED, REJECTED]) { nodes { predicate status } } } }`, { id })).source;
    expect(await stored()).toMatchObject({ kind: 'REPORT', pageStarts: [0, expect.any(Number)], figures: { nodes: [{ predicate: 'LARGEST_ARMS_SUPPLIER', status: 'PROPOSED' }, { predicate: 'ARMS_SUPPLY_FALLING', status: 'REJECTED' }] } });

    // In the reader, with the key the page kept for the session: accept the figure left, reject the quotation.
    const found = page.getByTestId('source-candidates');
    await found.getByTestId('stored-figures').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await found.getByRole('button', { name: /Accept the figure "Russia remained/ }).click();
    await found.locator('[data-testid="stored-figures"] li[data-status="ACCEPTED"]').waitFor();
    await found.getByRole('button', { name: /Reject the quotation "We diversify/ }).click();
    await found.locator('[data-testid="stored-quotations"] li[data-status="REJECTED"]').waitFor();
    expect(await stored()).toMatchObject({ quotations: { nodes: [{ status: 'REJECTED' }] }, figures: { nodes: [{ status: 'ACCEPTED' }, { status: 'REJECTED' }] } });
    expect(foreign).toEqual([]);
    await page.close();
  }, 180_000);
});
