import type { Extraction, ExtractedPerson } from '../extract/extraction';
import { isHttpUrl } from '../url/http';
import { EDITABLE_FIELDS, type EditableField, type SourceChanges } from '../model/edit';
import type { Source, SourceInput } from '../model/source';
import {
  defaultCategory,
  defaultStatus,
  type Category,
  type Kind,
  type ReliabilityCheck,
  type Status,
} from '../model/vocabulary';
import type { TabInfo } from './read-tab';

/** What a form edits: every field as a form holds it (empty strings, a rating or null). */
export interface SourceDraft {
  kind: Kind;
  category: Category;
  title: string;
  topics: string[];
  note: string;
  quote: string;
  status: Status;
  rating: number | null;
  reason: string;
  /** The checks the rating rests on (kept with it, cleared with it). */
  checks: ReliabilityCheck[];
}

export function draftFromSource(source: Source): SourceDraft {
  return {
    kind: source.kind,
    category: source.category,
    title: source.title,
    topics: [...source.topics],
    note: source.note ?? '',
    quote: source.quote ?? '',
    status: source.status,
    rating: source.reliability?.rating ?? null,
    reason: source.reliability?.reason ?? '',
    checks: [...(source.reliability?.checks ?? [])],
  };
}

export function newDraft(kind: Kind, title: string, quote = '', news = false): SourceDraft {
  return {
    kind,
    category: defaultCategory(kind, news),
    title,
    topics: [],
    note: '',
    quote,
    status: defaultStatus(kind),
    rating: null,
    reason: '',
    checks: [],
  };
}

/**
 * The page's address to save: its canonical address, unless that points at a site's home page
 * from a deeper page (a common mistake in templates), in which case the tab's own address.
 */
export function pageUrlOf(extraction: Extraction | undefined, tab: TabInfo): string | undefined {
  const own = extraction?.pageUrl ?? (tab.url && isHttpUrl(tab.url) ? tab.url : undefined);
  const canonical = extraction?.url;
  if (!canonical) return own;
  if (!own) return canonical;
  const canonicalPath = new URL(canonical).pathname;
  const ownPath = new URL(own).pathname;
  return canonicalPath === '/' && ownPath !== '/' ? own : canonical;
}

/** A draft for the page: the existing source's values when it is saved, else what was found. */
export function draftForPage(
  extraction: Extraction | undefined,
  tab: TabInfo,
  existing: Source | undefined,
  /** What the page is about, when platform knowledge says more than the page (a profile's name and kind). */
  subject?: { title: string; kind: Kind },
): SourceDraft {
  const selection = extraction?.selection ?? '';
  if (existing) {
    const draft = draftFromSource(existing);
    // A new selection is the quote the person means to keep now.
    return selection ? { ...draft, quote: selection } : draft;
  }
  const title = subject?.title ?? extraction?.title ?? tab.title ?? pageUrlOf(extraction, tab) ?? '';
  return newDraft(subject?.kind ?? extraction?.kind ?? 'article', title, selection, extraction?.news);
}

/** A form's values as repository input: empty text clears the stored value. */
export function inputFromDraft(draft: SourceDraft) {
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  return {
    kind: draft.kind,
    category: draft.category,
    title: draft.title,
    topics: draft.topics,
    note: orNull(draft.note),
    quote: orNull(draft.quote),
    status: draft.status,
    reliability:
      draft.rating === null
        ? null
        : {
            rating: draft.rating,
            reason: orNull(draft.reason) ?? undefined,
            checks: draft.checks.length > 0 ? draft.checks : undefined,
          },
  } satisfies Partial<SourceInput>;
}

/** Which input field each draft field feeds. */
const FIELD_OF: Record<keyof SourceDraft, EditableField> = {
  kind: 'kind',
  category: 'category',
  title: 'title',
  topics: 'topics',
  note: 'note',
  quote: 'quote',
  status: 'status',
  rating: 'reliability',
  reason: 'reliability',
  checks: 'reliability',
};

/** The draft fields that feed an input field (the rating and its reason both feed reliability). */
export function draftFieldsOf(field: EditableField): (keyof SourceDraft)[] {
  return (Object.keys(FIELD_OF) as (keyof SourceDraft)[]).filter((key) => FIELD_OF[key] === field);
}

/**
 * An edit from a form: the fields that differ between the draft the form started from and the
 * draft now, with their values then and now (see SourceEdit).
 */
export function editFromDrafts(
  base: SourceDraft,
  draft: SourceDraft,
): { changes: SourceChanges; before: SourceChanges } {
  const now = inputFromDraft(draft);
  const then = inputFromDraft(base);
  const changed = EDITABLE_FIELDS.filter((field) => JSON.stringify(now[field]) !== JSON.stringify(then[field]));
  const pick = (input: typeof now): SourceChanges =>
    Object.fromEntries(changed.map((field) => [field, input[field]])) satisfies SourceChanges;
  return { changes: pick(now), before: pick(then) };
}

/** The input that saves the page the popup shows. */
export function pageInput(
  draft: SourceDraft,
  extraction: Extraction | undefined,
  tab: TabInfo,
  existing: Source | undefined,
  now: number,
): SourceInput {
  const url = pageUrlOf(extraction, tab);
  const pageUrl = extraction?.pageUrl ?? url;
  return {
    ...inputFromDraft(draft),
    id: existing?.id,
    url,
    description: extraction?.description,
    image: extraction?.image,
    siteName: extraction?.siteName,
    provenance: pageUrl ? { pageUrl, pageTitle: extraction?.title ?? tab.title, capturedAt: now } : undefined,
  };
}

/** The input that saves an author found on the page as a person. */
export function personInput(
  person: ExtractedPerson,
  /** Left out, a known person keeps their category and a new one gets the default. */
  category: Category | undefined,
  topics: readonly string[],
  pageUrl: string | undefined,
  pageTitle: string | undefined,
  now: number,
): SourceInput {
  return {
    kind: 'person',
    category,
    title: person.name,
    url: person.url,
    image: person.image,
    topics: [...topics],
    provenance: pageUrl ? { pageUrl, pageTitle, capturedAt: now } : undefined,
  };
}
