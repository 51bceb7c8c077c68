import type { Candidate } from '../extract/candidates';
import type { CaptureRequest } from '../model/capture';
import type { ClipInput } from '../model/clip';
import type { SourceInput } from '../model/source';
import { AGENT_KINDS, type Kind } from '../model/vocabulary';

/** Kinds whose readable text is kept when they are saved. */
export const CLIPPABLE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['article', 'paper']);

/** What the page is mostly about, when that is the page itself (the first candidate, see `candidatesFor`). */
export function pageSubject(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates[0]?.role === 'page' ? candidates[0] : undefined;
}

/**
 * How the page in front of the person is saved, whoever saves it (the popup, a menu, a shortcut,
 * the in-page button): as a person (with the profile's feeds and other profiles), or as a page
 * linked to its authors, with feeds only for what can be followed (a publication, a channel...)
 * and the readable text only for what is read (an article, a paper).
 */
export function captureRequest(
  page: SourceInput,
  candidates: readonly Candidate[],
  clip: ClipInput | undefined,
): CaptureRequest {
  const subject = pageSubject(candidates);
  const feeds = subject?.feeds.length ? subject.feeds : undefined;
  if (page.kind === 'person') {
    return { type: 'savePerson', data: { person: { ...page, feeds }, sameAs: subject?.sameAs ?? [] } };
  }
  return {
    type: 'savePage',
    data: {
      page: { ...page, feeds: AGENT_KINDS.has(page.kind) ? feeds : undefined },
      authors: candidates.filter((c) => c.role === 'author').map((a) => ({ name: a.title, url: a.url })),
      clip: clip && CLIPPABLE_KINDS.has(page.kind) ? clip : undefined,
    },
  };
}
