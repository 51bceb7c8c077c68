import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Goal } from '../model/goal';
import { JournalEntry } from '../model/journal';
import { testSource } from '../model/test-source';
import { buildPortfolio } from './build';
import { escapeMarkup } from '../io/text';
import { portfolioHtml } from './html';
import { escapeMarkdown, portfolioMarkdown } from './markdown';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1);

const goal = (id: string, title: string, why?: string) =>
  Goal.parse({ id, title, why, status: 'active', createdAt: T0, updatedAt: T0 });
const entry = (id: string, text: string, createdAt: number, goalIds: string[], sourceIds: string[] = []) =>
  JournalEntry.parse({ id, text, createdAt, goalIds, sourceIds });

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) # heading';

function sample() {
  const rust = goal('g1', 'Learn Rust', 'For the <b>new</b> job');
  const other = goal('g2', 'Private goal');
  const post = testSource({
    id: 'post',
    kind: 'article',
    title: 'Ownership explained',
    url: 'https://blog.example/own',
    note: 'Borrowing is a loan.',
    quote: 'Each value has one owner.',
    goals: ['g1'],
    createdAt: T0 + DAY,
  });
  const bare = testSource({ id: 'bare', kind: 'video', title: 'A talk', goals: ['g1'], createdAt: T0 + 2 * DAY });
  const ada = testSource({
    id: 'ada',
    kind: 'person',
    category: 'mentors',
    title: 'Ada Lovelace',
    url: 'https://ada.example/',
    goals: ['g1'],
    createdAt: T0 + 40 * DAY,
  });
  const old = testSource({ id: 'old', title: 'Too old', goals: ['g1'], createdAt: T0 - 90 * DAY });
  const elsewhere = testSource({ id: 'elsewhere', title: 'Other goal’s', goals: ['g2'], createdAt: T0 + DAY });
  const hostile = testSource({
    id: 'hostile',
    title: HOSTILE,
    note: HOSTILE,
    quote: HOSTILE,
    url: 'https://evil.example/?q="><script>',
    goals: ['g1'],
    createdAt: T0 + 3 * DAY,
  });
  const journal = [
    entry('e1', 'Ownership clicked thanks to Ownership explained.', T0 + 5 * DAY, ['g1'], ['post']),
    entry('e2', 'Secret, for no goal.', T0 + 6 * DAY, []),
    entry('e3', 'For the private goal.', T0 + 6 * DAY, ['g2']),
    entry('e4', HOSTILE, T0 + 41 * DAY, ['g1'], ['hostile']),
  ];
  return { goals: [rust, other], sources: [post, bare, ada, old, elsewhere, hostile], journal };
}

describe('buildPortfolio', () => {
  it('takes the chosen goals and the period only', () => {
    const p = buildPortfolio(sample(), { goalIds: ['g1'], from: T0, to: T0 + 60 * DAY }, T0 + 70 * DAY);
    expect(p.goals.map((g) => g.goal.title)).toEqual(['Learn Rust']);
    const [rust] = p.goals;
    expect(rust?.journal.map((e) => e.id)).toEqual(['e1', 'e4']);
    // Evidence with notes or quotes first; people are the network, not evidence.
    expect(rust?.evidence.map((s) => s.id)).toEqual(['post', 'hostile', 'bare']);
    expect(p.network).toEqual([{ category: 'mentors', sources: [expect.objectContaining({ id: 'ada' })] }]);
    expect(p.growth).toEqual([
      { month: '2026-09', start: new Date(2026, 8, 1).getTime(), sources: 3, entries: 1 },
      { month: '2026-10', start: new Date(2026, 9, 1).getTime(), sources: 1, entries: 1 },
    ]);
  });
});

describe('the portfolio files', () => {
  const p = buildPortfolio(sample(), { goalIds: ['g1'] }, T0 + 70 * DAY);

  it('holds the goal, its why, what was learned, the evidence, the network and the growth, in HTML', () => {
    const html = portfolioHtml(p);
    expect(html).toContain('<h2>Learn Rust</h2>');
    expect(html).toContain('For the &lt;b&gt;new&lt;/b&gt; job');
    expect(html).toContain('Ownership clicked thanks to Ownership explained.');
    expect(html).toContain('<a href="https://blog.example/own">Ownership explained</a>');
    expect(html).toContain('Each value has one owner.');
    expect(html).toContain('Borrowing is a loan.');
    expect(html).toContain('Ada Lovelace');
    // The month as the reader's language writes it, not as the data keys it.
    expect(html).toContain('<td>September 2026</td>');
    expect(html).not.toContain('Secret, for no goal');
    expect(html).not.toContain('For the private goal');
  });

  it('keeps a hostile title, note, quote and entry as text: no script, no handler, nothing remote', () => {
    const html = portfolioHtml(p);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/javascript:alert\(3\)\)?"/);
    expect(html).not.toMatch(/(src|href)="(?!https:\/\/)/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://evil.example/?q=&quot;&gt;&lt;script&gt;"');
    const { document: doc } = parseHTML(html);
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link').length).toBe(0);
    expect(
      [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
    ).toEqual([]);
    expect(doc.body.textContent).toContain(HOSTILE);
  });

  it('writes the same in Markdown, escaped', () => {
    const md = portfolioMarkdown(p);
    expect(md).toContain('## Learn Rust');
    expect(md).toContain('[Ownership explained](https://blog.example/own)');
    expect(md).toContain('> Ownership clicked thanks to Ownership explained.');
    expect(md).toContain('| September 2026 | 3 | 1 |');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('\\<script\\>');
  });
});

describe('escaping', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeMarkdown('# not a heading\n- not a list\n1. nor this\n*bold* [a](b) <i>')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. nor this\n\\*bold\\* \\[a\\]\\(b\\) \\<i\\>',
    );
  });
});
