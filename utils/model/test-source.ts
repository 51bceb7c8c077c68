import type { z } from 'zod';
import { Source } from './source';
import { defaultCategory, defaultStatus, type Kind } from './vocabulary';

let made = 0;

/**
 * A valid stored source for a test: only what the test is about needs saying. Without an id,
 * one is made up (s1, s2…); the title defaults to the id, the kind to an article, its category
 * and status to the kind's, and the dates to 0 (updated when created).
 */
export function testSource(fields: Partial<z.input<typeof Source>> = {}): Source {
  made += 1;
  const kind: Kind = fields.kind ?? 'article';
  const id = fields.id ?? `s${made}`;
  return Source.parse({
    id,
    kind,
    category: defaultCategory(kind),
    status: defaultStatus(kind),
    title: id,
    createdAt: 0,
    updatedAt: fields.createdAt ?? 0,
    ...fields,
  });
}
