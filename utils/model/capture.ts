import { z } from 'zod';
import { ClipInput } from './clip';
import { HttpUrl, LIMITS } from './fields';
import { GoalId, SourceInput } from './source';

/** An author named on a page, as the popup passes it back to be linked. */
export const AuthorRef = z.object({
  name: z.string().min(1).max(LIMITS.name),
  url: HttpUrl.optional(),
});

/**
 * Saving a page: the source as the person edited it, the authors the page names, and the
 * article's readable text when the person chose to keep it.
 */
export const PageCapture = z.object({
  page: SourceInput,
  authors: z.array(AuthorRef).max(20).default([]),
  clip: ClipInput.optional(),
  /** A learning goal to link the page and its authors already saved to. */
  goalId: GoalId.optional(),
});
export type PageCapture = z.input<typeof PageCapture>;

/** Saving an author as a person, linked to the page it was found on when that page is saved. */
export const PersonCapture = z.object({
  person: SourceInput.refine((p) => p.kind === 'person', { message: 'Not a person' }),
  fromPageUrl: HttpUrl.optional(),
  /** Other profiles the page says are the same person (JSON-LD sameAs, rel=me). */
  sameAs: z.array(HttpUrl).max(20).default([]),
  /** A learning goal to link the person to. */
  goalId: GoalId.optional(),
});
export type PersonCapture = z.input<typeof PersonCapture>;

/** What saving the page in front of the person sends: a person, or a page with its authors. */
export type CaptureRequest = { type: 'savePerson'; data: PersonCapture } | { type: 'savePage'; data: PageCapture };
