#!/usr/bin/env node
// The full test command (`npm test`): type-check, lint (ESLint), format check (Prettier), unit tests,
// the release builds for Chrome and Firefox, Mozilla's check of the Firefox build (web-ext lint), the
// browser-test builds, then the browser tests in Debian's Chromium and Firefox ESR. Prints one closing
// line, `tests: N passed, N failed`, over every unit and browser test run; a failing check fails the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'tests', '.artifacts');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

const bin = (name) => join(root, 'node_modules', '.bin', name);
const problems = [];
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) problems.push(`${label} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function vitest(label, reportName, args) {
  const report = join(artifacts, `${reportName}.json`);
  run(label, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numTotalTests === 0) problems.push(`${label} ran no test`);
  } catch {
    problems.push(`${label} wrote no report`);
  }
}

run('type-check', bin('tsc'), ['--noEmit']);
run('lint (ESLint)', bin('eslint'), ['--max-warnings=0', '.']);
run('format check (Prettier)', bin('prettier'), ['--check', '--log-level=warn', '.']);
vitest('unit tests', 'unit', []);
const built =
  run('release build (Chrome, Edge)', bin('wxt'), ['build']) &&
  run('release build (Firefox)', bin('wxt'), ['build', '-b', 'firefox']) &&
  // Mozilla's own check (addons-linter): errors fail the run. Its warnings are about code we bundle
  // (zod's check whether eval is allowed, Readability's and Preact's innerHTML) and are read, not gated.
  run('web-ext lint (Firefox build)', bin('web-ext'), [
    'lint',
    '--source-dir',
    join(root, '.output', 'firefox-mv2'),
    '--self-hosted',
    '--no-config-discovery',
  ]) &&
  run('browser-test build (Chromium)', bin('wxt'), ['build', '--mode', 'e2e']) &&
  run('browser-test build (Firefox)', bin('wxt'), ['build', '-b', 'firefox', '--mode', 'e2e']);
if (built) vitest('browser tests (Chromium, Firefox)', 'e2e', ['-c', 'vitest.e2e.config.ts']);
else problems.push('browser tests not run: a build failed');

console.log('');
for (const p of problems) console.log(`✗ ${p}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
