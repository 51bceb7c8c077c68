#!/usr/bin/env node
// Part of `npm run bench`: how long the injected script (.output/chrome-mv3/extract.js, as the
// extension ships it) takes on hostile pages, in Chromium, beside the bound each was built to.
// These figures were once wall-clock limits in unit tests (utils/extract/index, authors and
// jsonld tests); those tests now check only what comes out (bounded, still read), and the
// timings are measured here, where a busy machine makes a number noisy rather than a test red.
// Each page is built in a page served at a made-up address, every other request refused;
// the median of RUNS runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';

const root = join(import.meta.dirname, '..');
const extractJs = join(root, '.output', 'chrome-mv3', 'extract.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const URL = 'https://hostile.example/';

/**
 * The hostile pages: what each is, its bound in ms, and its markup. Self-contained: it runs in
 * the page, which builds its own markup (tens of megabytes would not cross the wire whole).
 */
function pages() {
  const html = (head, body = '') => `<head>${head}</head><body>${body}</body>`;
  const ld = (data) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const huge = 'x'.repeat(1_000_000);
  const ten = 'Ab\u200Bc '.repeat(2_500_000);
  const big = 'word '.repeat(40_000);
  const blocks = Array.from(
    { length: 50 },
    (_, i) =>
      `<div class="title"><div class="byline date">${big}</div><span itemprop="author">${big}</span></div><h2>${i}</h2>`,
  ).join('');
  const metas = Array.from(
    { length: 5_000 },
    (_, i) => `<meta name="m${i}" content="v${i}"><meta property="article:author" content="Person${i} Name">`,
  ).join('');
  return [
    [
      '1 MB meta values',
      250,
      html(
        `<meta property="og:title" content="${huge}"><meta name="description" content="${huge}">` +
          `<meta name="author" content="${'Jane Doe and '.repeat(80_000)}"><meta property="og:image" content="https://example.org/${huge}">`,
      ),
    ],
    [
      '10 MB strings in title, meta, JSON-LD, byline, microdata',
      3_000,
      html(
        `<title>${ten}</title><meta property="og:description" content="${ten}">` +
          ld({ '@type': 'Article', headline: ten }) +
          ld({ '@type': 'Article', headline: 'Small', author: { '@type': 'Person', name: 'Jane Doe' } }),
        `<h1>${ten}</h1><p class="byline">${ten}</p><div itemscope itemtype="https://schema.org/Article"><span itemprop="author">${ten}</span></div>`,
      ),
    ],
    [
      'huge headline, byline and microdata candidates',
      1_000,
      html(
        '<title>Post</title>',
        `<div itemscope itemtype="https://schema.org/Article">${blocks}<h1>Post</h1><p class="byline">By Jane Doe</p></div>`,
      ),
    ],
    ['5,000 meta tags', 500, html(`<meta property="og:title" content="Real title">${metas}`)],
    [
      '100,000 names in one author value',
      200,
      html(`<title>Post</title><meta name="author" content="${'Jane Doe, '.repeat(100_000)}">`),
    ],
    [
      'huge JSON-LD strings',
      500,
      html(ld({ '@type': 'Article', headline: 'x'.repeat(400_000), author: { name: 'y '.repeat(200_000) } })),
    ],
  ];
}

function row(label, value, target) {
  console.log(`${label.padEnd(58)} ${String(value).padStart(12)}   ${target ? `bound ${target}` : ''}`);
}

async function main() {
  console.log('\nHostile pages (extract.js in Chromium, median of runs)');
  if (!existsSync(extractJs)) {
    console.log(`No build at ${extractJs}: run "npm run build" first.`);
    process.exit(1);
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.log('No Chromium (apt-get install chromium, or set CHROMIUM_PATH): skipped.');
    return;
  }
  const source = readFileSync(extractJs, 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs() });
  try {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === URL
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: '<!doctype html><title></title>',
          })
        : route.abort(),
    );
    for (const [i, [label, bound]] of pages().entries()) {
      await page.goto(URL, { waitUntil: 'domcontentloaded' });
      await page.evaluate(
        ({ make, index }) => {
          const [, , markup] = new Function(`return (${make})()`)()[index];
          document.documentElement.innerHTML = markup;
        },
        { make: pages.toString(), index: i },
      );
      const times = await page.evaluate(
        ({ src, n }) => {
          const out = [];
          for (let r = 0; r < n; r++) {
            const t0 = performance.now();
            (0, eval)(src);
            out.push(performance.now() - t0);
          }
          return out.sort((a, b) => a - b);
        },
        { src: source, n: RUNS },
      );
      row(`  ${label}`, `${times[Math.floor(times.length / 2)].toFixed(1)} ms`, `< ${bound} ms`);
    }
    await context.close();
  } finally {
    await browser.close();
  }
}

await main();
