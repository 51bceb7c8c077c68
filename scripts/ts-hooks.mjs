// Lets Node 22 run the project's TypeScript directly: Node strips the types itself (on by
// default since 22.18), and this hook resolves what the bundler resolves but Node ESM does not:
// extensionless relative imports ('./util' → './util.ts' or './util/index.ts') and the '@/' alias
// (the project root). Usage: node --import ./scripts/ts-hooks.mjs scripts/extract.ts
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const root = pathToFileURL(`${import.meta.dirname}/../`).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const spec = specifier.startsWith('@/') ? root + specifier.slice(2) : specifier;
    const local = /^(?:\.{1,2}\/|file:)/.test(spec);
    try {
      return nextResolve(spec, context);
    } catch (error) {
      if (!local || /\.[cm]?[jt]sx?$/.test(spec)) throw error;
      for (const suffix of ['.ts', '.tsx', '/index.ts']) {
        try {
          return nextResolve(spec + suffix, context);
        } catch {
          // try the next one
        }
      }
      throw error;
    }
  },
});
