import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, extractHtml } from '../../scripts/extract';

/**
 * The people the extractor finds on real saved pages (../shared/corpus, read at run time, never
 * copied into the project): no name it would save as a person carries a call to action, a job
 * title, a unit of an organization, or an unbalanced parenthesis. The word lists are this test's
 * own, not the extractor's.
 */
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const GROUPS = ['pages', 'sites'].filter((g) => existsSync(join(CORPUS, g)));

const ACTION =
  /\b(?:re-?tweet|tweet|follow(?: me| us)?|share|subscribe|e-?mail|contact|read more|view (?:all|more|profile)|see (?:all|more)|more by|all posts)\b|!$/i;
const JOB_TITLE =
  /\b(?:vice president|president|director|manager|officer|ceo|cto|cfo|coo|cmo|svp|evp|vp|(?:co-?)?founder|editor(?:-in-chief)?|reporter|correspondent|columnist|contributor|staff writer|engineer|developer|analyst|consultant|professor|researcher|scientist|head of)\b/i;
const ORG_UNIT =
  /\b(?:cloud|inc|llc|ltd|gmbh|corp|corporation|company|group|team|labs?|division|department|desk|newsroom|bureau|staff|services|solutions|technologies|university|institute|foundation|association|agency)\b/i;

const balanced = (name: string) => {
  let depth = 0;
  for (const c of name) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
};

const entries = GROUPS.flatMap((group) =>
  readdirSync(join(CORPUS, group))
    .filter((name) => existsSync(join(CORPUS, group, name, 'page.html')))
    .map((name) => `${group}/${name}`),
);

describe.skipIf(!GROUPS.length)(
  GROUPS.length ? 'people on the saved pages of ../shared/corpus' : 'SKIPPED: ../shared/corpus is absent here',
  () => {
    it('has the pages', () => expect(entries.length).toBeGreaterThan(50));

    it("tells the names it must never see (the issue's examples)", () => {
      expect('Jane Doe. Retweet this article!').toMatch(ACTION);
      expect('Jane Doe Follow').toMatch(ACTION);
      expect('Vice President').toMatch(JOB_TITLE);
      expect('Acme Cloud').toMatch(ORG_UNIT);
      for (const cut of ['John M. Smith (', 'Jean Dupont (avec Marie Curie', 'Paul Martin)'])
        expect(balanced(cut)).toBe(false);
      for (const fine of ['Jane Doe', 'Grace M. Hopper', 'Jean Dupont', 'Javi López']) {
        expect(fine).not.toMatch(ACTION);
        expect(fine).not.toMatch(JOB_TITLE);
        expect(fine).not.toMatch(ORG_UNIT);
        expect(balanced(fine)).toBe(true);
      }
    });

    it.each(entries)('%s: every person is a name and only a name', (entry) => {
      const dir = join(CORPUS, entry);
      const record = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string };
      const out = extractHtml(decodeHtml(readFileSync(join(dir, 'page.html'))), record.url ?? 'https://example.org/');
      const people = [
        ...out.authors.map((a) => a.name),
        ...out.candidates.filter((c) => c.kind === 'person').map((c) => c.title),
      ];
      for (const name of people) {
        expect(name, `"${name}" has a call to action`).not.toMatch(ACTION);
        expect(name, `"${name}" has a job title`).not.toMatch(JOB_TITLE);
        expect(name, `"${name}" has a unit of an organization`).not.toMatch(ORG_UNIT);
        expect(balanced(name), `"${name}" has an unbalanced parenthesis`).toBe(true);
      }
    });
  },
);
