import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, ROOT } from './browser';
import { chromiumArgs, chromiumPath } from './chromium';
import { putRecords, record } from './db';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * The extension in a browser started in Norwegian Bokmål (Chromium with --lang=nb, Playwright's
 * locale nb): the popup, the side panel and the network page are walked, and every string a
 * person meets there (visible text, accessible names, placeholders, titles, options) is checked
 * against the English messages that Norwegian translates differently. None may be English.
 * On the way, the review queue and the reliability checklist are used, in Norwegian.
 */

type Messages = Record<string, { message: string }>;
const read = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const nb = read('nb');

const PLACEHOLDER = /\$\d|\$[A-Za-z0-9_@]+\$/g;
const hasWords = (message: string) => /\p{L}/u.test(message.replace(PLACEHOLDER, ''));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each English message that Norwegian says differently, as a pattern its placeholders can fill. */
const ENGLISH = Object.entries(en)
  .filter(([key, { message }]) => nb[key]?.message !== message && hasWords(message))
  .map(([key, { message }]) => {
    const literal = message.split(PLACEHOLDER);
    const whole = new RegExp(`^${literal.map(escape).join('[\\s\\S]+?')}$`, 'u');
    // A message without placeholders of two words or more is English inside a longer text too.
    const inside =
      literal.length === 1 && /\s/.test(message.trim())
        ? new RegExp(`(^|[^\\p{L}])${escape(message)}($|[^\\p{L}])`, 'u')
        : undefined;
    return { key, whole, inside };
  });

/** The strings that are English messages, each with the key it matches. */
function englishIn(strings: Iterable<string>): string[] {
  const found: string[] = [];
  for (const text of new Set(strings)) {
    const match = ENGLISH.find(({ whole, inside }) => whole.test(text) || inside?.test(text));
    if (match) found.push(`${match.key}: ${JSON.stringify(text)}`);
  }
  return found;
}

/** Everything a person reads or hears on the page as it is now. */
function stringsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const add = (text: string | null | undefined) => {
      const trimmed = text?.replace(/\s+/g, ' ').trim();
      if (trimmed) out.push(trimmed);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style')) continue;
      if (parent instanceof HTMLOptionElement) {
        if (parent.closest('select')?.checkVisibility()) add(node.textContent);
      } else if (parent.checkVisibility()) add(node.textContent);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']) {
        add(el.getAttribute(name));
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) add(el.value);
    }
    return out;
  });
}

const DAY = 24 * 60 * 60 * 1000;
let server: FixtureServer;
let context: BrowserContext;
let extensionId: string;
let profile: string;
const seen: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Collects what the page shows now, and checks it is Norwegian as it goes (to name the state). */
async function look(page: Page, where: string): Promise<void> {
  const strings = await stringsOn(page);
  seen.push(...strings);
  expect(englishIn(strings), where).toEqual([]);
}

function network(now: number) {
  const base = { feeds: [], profiles: [], visits: 0, creators: [] as string[], topics: [] as string[] };
  const row = (fields: Record<string, unknown> & { id: string; createdAt: number; url: string }) => ({
    ...base,
    updatedAt: fields.createdAt,
    aliases: [fields.url],
    ...fields,
  });
  return [
    row({
      id: 'kari',
      kind: 'person',
      category: 'experts',
      status: 'following',
      title: 'Kari Nordmann',
      url: server.url('/om/kari'),
      topics: ['hukommelse'],
      createdAt: now - 60 * DAY,
    }),
    row({
      id: 'innlegg',
      kind: 'article',
      category: 'blogs',
      status: 'to_explore',
      title: 'Repetisjon med mellomrom',
      url: server.url('/innlegg/repetisjon'),
      siteName: 'Læringssløyfen',
      creators: ['kari'],
      topics: ['hukommelse', 'læring'],
      createdAt: now - 3 * DAY,
    }),
    row({
      id: 'video',
      kind: 'video',
      category: 'videos',
      status: 'to_explore',
      title: 'Minnepalasset forklart',
      url: server.url('/video/minnepalass'),
      topics: ['hukommelse'],
      createdAt: now - 10 * DAY,
    }),
    row({
      id: 'forum',
      kind: 'community',
      category: 'communities',
      status: 'following',
      title: 'Rustlærlinger',
      url: server.url('/forum'),
      note: 'Spør om livstider her.',
      topics: ['rust'],
      createdAt: now - 2 * DAY,
    }),
    row({
      id: 'artikkel',
      kind: 'paper',
      category: 'research',
      status: 'following',
      title: 'Søvn og hukommelse',
      url: server.url('/artikkel/sovn'),
      creators: ['kari'],
      topics: ['hukommelse', 'søvn'],
      visits: 2,
      lastVisitedAt: now - DAY,
      reliability: { rating: 5, reason: 'Fagfellevurdert', checks: ['author', 'evidence'] },
      createdAt: now - 40 * DAY,
    }),
  ];
}

beforeAll(async () => {
  server = await startFixtureServer();
  profile = await mkdtemp(join(tmpdir(), 'pln-e2e-nb-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    locale: 'nb',
    viewport: { width: 1100, height: 800 },
    args: [...chromiumArgs({ extension: E2E_BUILD }), '--lang=nb'],
    env: { ...process.env, LANGUAGE: 'nb', LANG: 'nb_NO.UTF-8' },
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  extensionId = new URL(worker.url()).host;
  const first = await open('options.html');
  await first.getByRole('heading', { name: 'Mitt nettverk' }).waitFor();
  await putRecords(first, 'sources', network(Date.now()));
  await first.close();
});

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await server?.close();
});

describe('the extension in Norwegian', () => {
  it('tells English from Norwegian (the check can fail)', () => {
    expect(ENGLISH.length).toBeGreaterThan(300);
    expect(
      englishIn([
        'Mitt nettverk',
        'My network',
        '12 sources in 3 categories.',
        'Reviewed: Repetisjon med mellomrom',
        'Lagre · Save to my learning network',
        'Kari Nordmann',
      ]),
    ).toEqual([
      'network_title: "My network"',
      'network_summary_other: "12 sources in 3 categories."',
      'review_reviewed_source: "Reviewed: Repetisjon med mellomrom"',
      'actionTitle: "Lagre · Save to my learning network"',
    ]);
  });

  it('shows the network page in Norwegian, in every view, with what rests on unjudged sources', async () => {
    const page = await open('options.html');
    await page.getByText('5 kilder i 5 kategorier.').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    await page.getByText('4 av 5 kilder er aldri vurdert for pålitelighet.').waitFor();
    await look(page, 'network page, by category');
    for (const name of ['Etter emne', 'Etter person', 'Graf']) {
      await page.getByRole('tab', { name, exact: true }).click();
      await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(name);
      await page.getByRole('tabpanel').waitFor();
      await look(page, `network page, ${name}`);
    }
    await page.close();
  });

  it('shows the side panel in Norwegian, and works through the review queue there', async () => {
    const panel = await open('sidepanel.html');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('nb');
    // Due: the post (3 days old), the video (10 days) and Kari (never opened); the paper was opened.
    const toggle = panel.getByRole('button', { name: '3 kilder å se på igjen', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await look(panel, 'side panel, list and review queue');

    await panel.getByRole('button', { name: 'Gjennomgått: Minnepalasset forklart', exact: true }).click();
    await panel.getByText('«Minnepalasset forklart» kommer tilbake om 7 dager.').waitFor();
    // The focus went on to the next source due (the longest waiting first: Kari, then the post), so
    // the queue is worked from the keyboard: Tab to Later, Enter.
    const focused = () => panel.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('Gjennomgått: Repetisjon med mellomrom');
    await expect.poll(async () => (await record(panel, 'sources', 'video'))?.review).toMatchObject({ step: 1 });
    await panel.keyboard.press('Tab');
    expect(await focused()).toBe('Senere: Repetisjon med mellomrom');
    await panel.keyboard.press('Enter');
    await panel.getByText('«Repetisjon med mellomrom» kommer tilbake om 1 dag.').waitFor();
    await expect.poll(() => panel.getByRole('button', { name: '1 kilde å se på igjen', exact: true }).count()).toBe(1);
    await look(panel, 'side panel, after a review');

    // Kari's details and edit form, from the queue: the rating, with the checks it rests on.
    await panel.getByRole('button', { name: 'Kari Nordmann', exact: true }).click();
    await panel.getByRole('heading', { name: 'Kari Nordmann', exact: true }).waitFor();
    await look(panel, 'side panel, details');
    await panel.getByRole('button', { name: 'Rediger Kari Nordmann', exact: true }).click();
    await panel.getByRole('combobox', { name: 'Pålitelighet', exact: true }).selectOption('4');
    await panel.getByRole('checkbox', { name: 'Hvem som skrev det, og hvilken fagkunnskap de har' }).check();
    await panel.getByRole('checkbox', { name: 'Bekreftet andre steder' }).check();
    await look(panel, 'side panel, edit form');
    await panel.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect
      .poll(async () => (await record<{ reliability?: unknown }>(panel, 'sources', 'kari'))?.reliability)
      .toEqual({ rating: 4, checks: ['author', 'corroborated'] });

    // Beside the rating in the details: the checks it rests on.
    await panel.getByRole('button', { name: 'Kari Nordmann', exact: true }).click();
    await panel
      .getByText('Sjekket: Hvem som skrev det, og hvilken fagkunnskap de har og Bekreftet andre steder')
      .waitFor();
    await look(panel, 'side panel, details with a checked rating');
    await panel.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Arkiver: Kari Nordmann', exact: true }).click();
    await panel.getByText('Arkiverte «Kari Nordmann».').waitFor();
    await expect.poll(async () => (await record(panel, 'sources', 'kari'))?.status).toBe('archived');
    await look(panel, 'side panel, queue done');
    await panel.close();
  });

  it('shows the popup in Norwegian', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/blog-post.html'));
    const probe = await open('sidepanel.html');
    const url = page.url();
    const tabId = await probe.evaluate(
      async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id,
      url,
    );
    await probe.close();
    const popup = await open(`popup.html?tabId=${tabId}`);
    await popup.getByRole('textbox', { name: 'Tittel', exact: true }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nb');
    await popup.getByRole('combobox', { name: 'Kategori', exact: true }).waitFor();
    await look(popup, 'popup');
    await popup.close();
    await page.close();
  });

  it('met no English string anywhere, and a good many Norwegian ones', () => {
    expect(englishIn(seen)).toEqual([]);
    const norwegian = new Set(Object.values(nb).map((m) => m.message));
    expect(seen.filter((s) => norwegian.has(s)).length).toBeGreaterThan(100);
  });
});

declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
