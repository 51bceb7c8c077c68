import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAP_RULES } from './insights';
import { IN_PAGE_SITES } from './inpage/sites';
import { FILE_FORMATS } from './io/formats';
import { SITE_ADAPTERS } from './sites';

/**
 * The conventions that let a newcomer add a capability in one place, held by a test (as
 * refined-github's build/features.test.ts does): a site adapter, a file format or an insight
 * rule that exists but is not registered, has no test, or (an adapter) no `Test URLs:` comment
 * fails here; so does a module outside the data layer that reaches into the database.
 */

const root = dirname(import.meta.dirname);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const hasTest = (path: string) =>
  readdirSync(join(root, dirname(path))).includes(basename(path).replace(/\.ts$/, '.test.ts'));

/** Each module's exports, by path relative to the project (`utils/sites/x.ts`). */
function exportsOf(modules: Record<string, Record<string, unknown>>): [string, unknown[]][] {
  return Object.entries(modules).map(([path, exports]) => [
    relative(root, join(import.meta.dirname, path)),
    Object.values(exports),
  ]);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

describe('site adapters (utils/sites)', () => {
  const modules = exportsOf(
    import.meta.glob<Record<string, unknown>>(['./sites/*.ts', '!./sites/*.test.ts'], { eager: true }),
  );
  const adapterFiles = modules.filter(([, values]) =>
    values.some((v) => isObject(v) && typeof v.id === 'string' && typeof v.matches === 'function'),
  );

  it('finds the adapters', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(SITE_ADAPTERS.length);
  });

  it.each(adapterFiles)('%s is registered, tested, and lists its test URLs', (path, values) => {
    const adapters = values.filter((v) => isObject(v) && typeof v.matches === 'function');
    for (const adapter of adapters) expect(SITE_ADAPTERS).toContain(adapter);
    expect(hasTest(path)).toBe(true);
    expect(read(path)).toMatch(/Test URLs:/);
  });
});

describe('file formats (utils/io)', () => {
  const modules = exportsOf(
    import.meta.glob<Record<string, unknown>>(['./io/*.ts', '!./io/*.test.ts', '!./io/*.worker.ts'], { eager: true }),
  );
  const formatFiles = modules.filter(([, values]) =>
    values.some((v) => isObject(v) && typeof v.sniff === 'function' && typeof v.parse === 'function'),
  );

  it('finds the formats', () => {
    expect(formatFiles.length).toBe(FILE_FORMATS.length);
  });

  it.each(formatFiles)('%s is registered and tested', (path, values) => {
    for (const format of values.filter((v) => isObject(v) && typeof v.sniff === 'function')) {
      expect(FILE_FORMATS).toContain(format);
    }
    expect(hasTest(path)).toBe(true);
  });

  it('gives every format a name and unique extensions', () => {
    const extensions = FILE_FORMATS.flatMap((f) => f.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(new Set(FILE_FORMATS.map((f) => f.id)).size).toBe(FILE_FORMATS.length);
  });
});

describe('insight rules (utils/insights)', () => {
  const modules = exportsOf(
    import.meta.glob<Record<string, unknown>>(['./insights/*.ts', '!./insights/*.test.ts'], { eager: true }),
  );
  const ruleFiles = modules.filter(([path]) => !/\/(index|rule)\.ts$/.test(path));
  const index = read('utils/insights/index.ts');

  it.each(ruleFiles)('%s is used by the network page’s insights and tested', (path, values) => {
    expect(index).toContain(`from './${basename(path, '.ts')}'`);
    expect(hasTest(path)).toBe(true);
    for (const rule of values.filter((v) => isObject(v) && typeof v.gaps === 'function')) {
      expect(GAP_RULES).toContain(rule);
    }
  });
});

describe('in-page button sites (utils/inpage/sites.ts)', () => {
  it.each(IN_PAGE_SITES.map((site) => [site.id, site] as const))(
    '%s is a site adapter’s, with its name, on its addresses',
    (id, site) => {
      const adapter = SITE_ADAPTERS.find((a) => a.id === id);
      expect(adapter?.name).toBe(site.name);
      for (const origin of site.origins) {
        expect(adapter?.matches(new URL(origin.replace('/*', '/')))).toBe(true);
      }
    },
  );
});

describe('the data layer (utils/db)', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}/${entry.name}`) : /\.tsx?$/.test(entry.name) ? [`${dir}/${entry.name}`] : [],
    );
  const outside = ['components', 'entrypoints', 'utils']
    .flatMap(walk)
    .filter((path) => !path.startsWith('utils/db/') && path !== 'utils/conventions.test.ts');

  it.each(outside.map((path) => [path]))('%s reaches the database only through utils/db', (path) => {
    const source = read(path);
    expect(source).not.toMatch(/from 'dexie'/);
    // The data layer's door is utils/db (index.ts); its test database and fault injection are for tests.
    expect(source).not.toMatch(/from '(?:@\/utils|\.\.?(?:\/\.\.)*)\/db\/(?!test-db'|test-faults')/);
    // Only an entrypoint opens the database, and gives it to its views (components/database.tsx).
    if (!path.startsWith('entrypoints/')) expect(source).not.toMatch(/\bgetDatabase\(/);
  });
});
