import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { saveSource } from './sources';
import { EDITABLE_FIELDS, SourceEdit, type EditableField } from '../model/edit';
import type { Source } from '../model/source';

/** What came of an edit: saved, or refused because a field it changes was changed elsewhere. */
export type EditResult =
  | { saved: true; source: Source }
  | {
      saved: false;
      /** The fields both changed: the form's values for them were not saved. */
      conflicts: EditableField[];
      /** The source as it is now. */
      source: Source;
    };

/** A field's value in the terms of an edit: absent is null, and objects compare as JSON. */
function valueOf(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/**
 * Saves an edit made in a form (see SourceEdit) without undoing what happened since the form was
 * opened: a field the form did not change keeps its stored value (a bulk topic change, a note
 * saved in another window), and a field both changed is not overwritten: the edit is refused
 * with the fields in conflict, and nothing is written.
 */
export async function editSource(db: PlnDatabase, edit: SourceEdit, now: number = Date.now()): Promise<EditResult> {
  const { id, since, changes, before } = SourceEdit.parse(edit);
  return db.transaction('rw', db.sources, async () => {
    const stored = await db.sources.get(id);
    if (!stored) throw new SourceNotFoundError(id);
    const fields = EDITABLE_FIELDS.filter((field) => changes[field] !== undefined);
    if (stored.updatedAt !== since) {
      const conflicts = fields.filter((field) => valueOf(stored[field]) !== valueOf(before[field]));
      if (conflicts.length > 0) return { saved: false, conflicts, source: stored };
    }
    if (fields.length === 0) return { saved: true, source: stored };
    const { source } = await saveSource(
      db,
      { ...changes, id, kind: changes.kind ?? stored.kind, title: changes.title ?? stored.title },
      now,
    );
    return { saved: true, source };
  });
}
