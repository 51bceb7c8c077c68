import type { Candidate } from '../extract/candidates';
import type { CaptureRequest } from '../model/capture';
import type { ClipInput } from '../model/clip';
import type { Source, SourceInput } from '../model/source';
import { AGENT_KINDS, defaultCategory, type Kind } from '../model/vocabulary';
import { addProfileInput } from './person-match';

/** Kinds whose readable text is kept when they are saved. */
export const CLIPPABLE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['article', 'paper']);

/** What the page is mostly about, when that is the page itself (the first candidate, see `candidatesFor`). */
export function pageSubject(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates[0]?.role === 'page' ? candidates[0] : undefined;
}

/** What the person chose in the popup about a profile that may be someone saved before. */
export interface PersonChoice {
  /** The person saved before that this profile is added to. */
  into?: Source | undefined;
  /** Someone new: not matched by the other profiles the page names. */
  apart?: boolean | undefined;
}

/**
 * How the page in front of the person is saved, whoever saves it (the popup, a menu, a shortcut,
 * the in-page button): as a person (with the profile's feeds and other profiles), or as a page
 * linked to its authors, with feeds only for what can be followed (a publication, a channel...)
 * and the readable text only for what is read (an article, a paper). A profile added `into` a
 * person saved before keeps their category unless another than the default was chosen.
 */
export function captureRequest(
  page: SourceInput,
  candidates: readonly Candidate[],
  clip: ClipInput | undefined,
  choice: PersonChoice = {},
): CaptureRequest {
  const subject = pageSubject(candidates);
  const feeds = subject?.feeds.length ? subject.feeds : undefined;
  if (page.kind === 'person') {
    const person = { ...page, feeds };
    const sameAs = choice.apart ? [] : (subject?.sameAs ?? []);
    if (!choice.into) return { type: 'savePerson', data: { person, sameAs } };
    const category = page.category === defaultCategory('person') ? undefined : page.category;
    return { type: 'savePerson', data: { person: addProfileInput(choice.into, { ...person, category }), sameAs } };
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
