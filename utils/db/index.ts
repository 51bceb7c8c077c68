/**
 * The data layer: the only code that touches the database. Everything outside utils/db imports
 * from here; each entity's operations live in their own file (sources, people, trash, clips,
 * bulk edits, captures, imports, the backup's snapshot) and take the database as their first
 * argument, so that a test gives them a fresh one (`freshDatabase` in test-db.ts).
 * Views get the database from their entrypoint, through `DatabaseProvider` (components/database.tsx).
 */
export { liveQuery } from 'dexie';
export { getDatabase, type PlnDatabase } from './database';
export { SourceNotFoundError } from './errors';
export {
  addCreators,
  countBy,
  countSources,
  findSaved,
  getSource,
  getSources,
  listSources,
  listTopics,
  peopleNamed,
  recordVisit,
  saveSource,
  type CountField,
  type SaveResult,
  type SourceFilter,
} from './sources';
export { editSource, type EditResult } from './edits';
export { reviewSource } from './review';
export { findPerson, mergePeople, splitProfile } from './people';
export { deleteForever, listTrash, purgeTrash, removeSource, restoreSource, TRASH_DAYS } from './trash';
export { clipStamps, getClip, getClips, saveClip } from './clips';
export { bulkRemove, bulkRestore, bulkRevert, bulkUpdate, type BulkUpdateResult } from './bulk';
export { saveAtAddress, saveCapture, savePage, savePerson, type CapturePlan } from './capture';
export {
  applyImport,
  checkImportRows,
  getImport,
  listImports,
  previewImport,
  samePersonSuggestions,
  writeImport,
  type CheckedRow,
  type ImportPreview,
  type ImportRecord,
  type SamePersonSuggestion,
} from './imports';
export { previewRestore, restoreBackup, type RestoreNote } from './restore';
export { undoImport, type UndoImportResult } from './undo-import';
export { exportAll, type Snapshot } from './backup';
export { newestSources, sourceChangeKeys, sourcesAfter, type SourceChangeKeys } from './reading';
export { followChanges, onLocalWrites, type DatabaseChange } from './changes';
export { dropSummary, readSummary, saveSummary, sourcesWithStamp } from './summaries';
export { clearSyncData, DexieSyncStore } from './sync-store';
export { addGoal, getGoal, goalSources, linkToGoal, listGoals, unlinkFromGoal, updateGoal } from './goals';
export {
  addJournalEntry,
  deleteJournalEntry,
  journalForGoal,
  listJournal,
  restoreJournalEntry,
  updateJournalEntry,
} from './journal';
