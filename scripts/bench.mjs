#!/usr/bin/env node
// `npm run bench`: speed and size figures, printed beside their targets. Never a pass/fail
// test: a busy machine makes timings noisy, so they are measured here and read by people.
//
// Extraction: the injected script (.output/chrome-mv3/extract.js, as the extension ships it)
// runs in Debian's Chromium on every page of ../shared/corpus/{pages,sites}, each page loaded
// from its saved HTML with the network cut off. Reported: the script's size, and the time to
// run it per page (median, p95, max), metadata only; clipping (clip.js) is measured apart.
// The script runs in the page's main world here (an extension runs it in an isolated world of
// the same page: the same DOM work); performance.now() is coarsened to 0.1 ms by Chromium.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';

const root = join(import.meta.dirname, '..');
const corpus = process.env.PLN_CORPUS ?? join(root, '..', 'shared', 'corpus');
const build = join(root, '.output', 'chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const chromiumPath = findChromium();

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}
const ms = (n) => `${n.toFixed(2)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function row(label, value, target) {
  console.log(`${label.padEnd(44)} ${String(value).padStart(12)}   ${target ? `target ${target}` : ''}`);
}

function corpusPages() {
  const pages = [];
  for (const group of ['pages', 'sites']) {
    const dir = join(corpus, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'page.html');
      const meta = join(dir, name, 'expected.json');
      if (!existsSync(file)) continue;
      let url = `https://example.org/${name}`;
      try {
        url = JSON.parse(readFileSync(meta, 'utf8')).url ?? url;
      } catch {
        // no expected.json, or not JSON: keep the made-up address
      }
      try {
        url = new URL(url).href;
      } catch {
        continue;
      }
      pages.push({ group, name, file, url });
    }
  }
  return pages;
}

async function timeScript(browser, pages, source, runs) {
  const perPage = [];
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const page = await context.newPage();
  for (const entry of pages) {
    const html = readFileSync(entry.file);
    // The saved page, at its own address, with every other request refused.
    await page.route('**/*', (route) =>
      route.request().url() === entry.url && route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    try {
      await page.goto(entry.url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      const times = await page.evaluate(
        ({ src, n }) => {
          const out = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            (0, eval)(src);
            out.push(performance.now() - t0);
          }
          return out;
        },
        { src: source, n: runs },
      );
      times.sort((a, b) => a - b);
      perPage.push({ name: `${entry.group}/${entry.name}`, ms: times[Math.floor(times.length / 2)] });
    } catch (error) {
      console.log(`  skipped ${entry.group}/${entry.name}: ${String(error).split('\n')[0]}`);
    }
    await page.unroute('**/*');
  }
  await context.close();
  return perPage;
}

async function main() {
  console.log('PLN Capture benchmarks\n');
  const extractJs = join(build, 'extract.js');
  const clipJs = join(build, 'clip.js');
  if (!existsSync(extractJs)) {
    console.log(`No build at ${build}: run "npm run build" first.`);
    process.exit(1);
  }
  const extractSrc = readFileSync(extractJs, 'utf8');
  const clipSrc = readFileSync(clipJs, 'utf8');
  console.log('Injected scripts');
  row('extract.js (metadata), minified', kb(statSync(extractJs).size), '< 30 KB');
  row('extract.js, gzipped', kb(gzipSync(extractSrc).length));
  row('clip.js (readable text, on request), minified', kb(statSync(clipJs).size));

  const pages = corpusPages();
  if (pages.length === 0) {
    console.log(`\nNo corpus at ${corpus}: extraction timings skipped.`);
    return;
  }
  if (!chromiumPath) {
    console.log('\nNo Chromium (apt-get install chromium, or set CHROMIUM_PATH): extraction timings skipped.');
    return;
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs(),
  });
  try {
    for (const [label, source, target] of [
      ['Metadata extraction (extract.js)', extractSrc, '< 15 ms'],
      ['Clipping (clip.js, Readability)', clipSrc, undefined],
    ]) {
      const results = await timeScript(browser, pages, source, RUNS);
      const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
      const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), results[0]);
      console.log(`\n${label}: ${results.length} corpus pages, median of ${RUNS} runs each, in Chromium`);
      row('  median', ms(quantile(sorted, 0.5)));
      row('  p95', ms(quantile(sorted, 0.95)), target);
      row('  max', ms(sorted.at(-1) ?? NaN));
      if (slowest) console.log(`  slowest page: ${slowest.name}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
