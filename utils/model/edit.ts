import { z } from 'zod';
import { Timestamp } from './fields';
import { SourceId, SourceInput } from './source';

/** The fields an edit form changes, as the data layer takes them (`null` clears a field). */
export const EDITABLE_FIELDS = [
  'kind',
  'category',
  'title',
  'topics',
  'note',
  'quote',
  'status',
  'reliability',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const SourceChanges = SourceInput.pick({
  kind: true,
  category: true,
  title: true,
  topics: true,
  note: true,
  quote: true,
  status: true,
  reliability: true,
}).partial();
export type SourceChanges = z.input<typeof SourceChanges>;

/**
 * An edit from a form: the fields the person changed, what those fields held when the form was
 * opened, and the version (`updatedAt`) it was opened at. The data layer saves it as it is when
 * the source has not changed since; when it has, it saves it still if none of the fields changed
 * here was changed there meanwhile, and refuses it otherwise.
 */
export const SourceEdit = z.object({
  id: SourceId,
  since: Timestamp,
  changes: SourceChanges,
  before: SourceChanges,
});
export type SourceEdit = z.input<typeof SourceEdit>;
