// Where the network page's load goes, for bench-network.mjs --profile: one load under the DevTools
// Protocol's CPU profiler, from navigation until bench-network.mjs's init script says the page is
// drawn (window.__pageDrawn), then the page's performance marks and the functions that took the
// most time. The profiler slows the load: its figures are shares, not timings.
import { writeFile } from 'node:fs/promises';

const ms = (n) => `${n.toFixed(0)} ms`;
function row(label, value) {
  console.log(`${label.padEnd(52)} ${String(value).padStart(12)}`);
}

/** Self time by function and total time by script, from a CPU profile's samples. */
function summarizeProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const byFunction = new Map();
  const byScript = new Map();
  for (const [id, time] of self) {
    const { callFrame } = byId.get(id);
    const file = callFrame.url.split('/').pop() || '(native)';
    const name = `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byScript.set(file, (byScript.get(file) ?? 0) + time);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\nCPU profile of one load: ${ms(total)} sampled`);
  console.log('Self time by script:');
  for (const [file, time] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 10)) row(`  ${file}`, ms(time));
  console.log('Self time by function:');
  for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${ms(time).padStart(8)}  ${name}`);
}

/**
 * Loads the page once under the CPU profiler, from navigation to the page drawn (console.profile
 * from the page's start to the moment __pageDrawn is set); prints its marks and where the time went.
 */
export async function profileLoad(context, url, file) {
  await context.addInitScript(() => {
    console.profile('pln-load');
    let drawn;
    Object.defineProperty(window, '__pageDrawn', {
      configurable: true,
      get: () => drawn,
      set: (value) => {
        drawn = value;
        console.profileEnd('pln-load');
      },
    });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
  await page.goto('about:blank');
  await page.goto(url);
  const profile = await finished;
  const marks = await page.evaluate(() => ({
    entries: performance
      .getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'measure' || e.entryType === 'paint')
      .map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration })),
    firstCard: window.__firstCard,
    drawn: window.__pageDrawn,
  }));
  console.log('\nOne profiled load (slower than the timed ones), from navigation:');
  for (const e of marks.entries.sort((a, b) => a.start - b.start))
    row(`  ${e.type} ${e.name}`, e.duration > 0 ? `${ms(e.start)} +${ms(e.duration)}` : ms(e.start));
  row('  first category card', ms(marks.firstCard));
  row('  whole page drawn', ms(marks.drawn));
  summarizeProfile(profile);
  if (file) {
    await writeFile(file, JSON.stringify(profile));
    console.log(`Profile written to ${file}`);
  }
  await cdp.detach();
  await page.close();
}
