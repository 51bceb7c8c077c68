import type { z } from 'zod';
import { Source } from './source';
import { defaultCategory, defaultStatus, type Kind } from './vocabulary';

/** A valid stored source for a unit test: only what the test is about needs saying. */
export function testSource(fields: Partial<z.input<typeof Source>> & { id: string }): Source {
  const kind: Kind = fields.kind ?? 'article';
  return Source.parse({
    kind,
    category: defaultCategory(kind),
    status: defaultStatus(kind),
    title: fields.id,
    createdAt: 0,
    updatedAt: fields.createdAt ?? 0,
    ...fields,
  });
}
