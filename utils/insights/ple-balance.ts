import type { Source } from '../model/source';
import type { Kind } from '../model/vocabulary';
import type { MessageKey } from '../i18n';
import type { InsightRule } from './rule';

/**
 * The three parts of a personal learning environment (DESIGN.md): sources of information,
 * reflection on them, and relationships with people and groups.
 */
export const PLE_PARTS = ['information', 'reflection', 'relationships'] as const;
export type PlePart = (typeof PLE_PARTS)[number];

/** How the page names each part, says what it holds, and what to do when it is the weakest. */
export const PLE_PART_MESSAGES: Record<PlePart, { name: MessageKey; help: MessageKey; weakest: MessageKey }> = {
  information: { name: 'ple_information', help: 'ple_information_help', weakest: 'ple_weakest_information' },
  reflection: { name: 'ple_reflection', help: 'ple_reflection_help', weakest: 'ple_weakest_reflection' },
  relationships: { name: 'ple_relationships', help: 'ple_relationships_help', weakest: 'ple_weakest_relationships' },
};

/** Things to read, watch or listen to. */
export const INFORMATION_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'article',
  'video',
  'podcast_episode',
  'course',
  'paper',
  'book',
  'event',
]);

/** People and the groups they form. */
export const RELATIONSHIP_KINDS: ReadonlySet<Kind> = new Set<Kind>(['person', 'community', 'organization']);

/** A source the learner reflected on: a note, a kept quote, or a reason for its reliability. */
export function isReflected(source: Source): boolean {
  return !!source.note || !!source.quote || !!source.reliability?.reason;
}

export interface PleBalance {
  total: number;
  /** How many sources count in each part; a source may count in two (an article with a note). */
  counts: Record<PlePart, number>;
  /**
   * The part far behind the others (under a third of the largest), in a network of at least
   * WEAKEST_MIN_TOTAL sources.
   */
  weakest: PlePart | undefined;
}

export const WEAKEST_MIN_TOTAL = 3;

/** The balance between information, reflection and relationships. */
export const pleBalance: InsightRule<PleBalance> = (sources: readonly Source[]) => {
  const counts: Record<PlePart, number> = { information: 0, reflection: 0, relationships: 0 };
  for (const s of sources) {
    if (INFORMATION_KINDS.has(s.kind)) counts.information += 1;
    if (RELATIONSHIP_KINDS.has(s.kind)) counts.relationships += 1;
    if (isReflected(s)) counts.reflection += 1;
  }
  const largest = Math.max(...PLE_PARTS.map((p) => counts[p]));
  let weakest: PlePart | undefined;
  if (sources.length >= WEAKEST_MIN_TOTAL) {
    for (const part of PLE_PARTS) {
      if (counts[part] * 3 < largest && (weakest === undefined || counts[part] < counts[weakest])) weakest = part;
    }
  }
  return { total: sources.length, counts, weakest };
};
