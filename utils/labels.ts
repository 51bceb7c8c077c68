import type { UnreadableReason } from './capture/read-tab';
import type { CandidateRole } from './extract/candidates';
import { t, type MessageKey } from './i18n';
import type { Category, Kind, ReliabilityCheck, Status } from './model/vocabulary';
import type { SavedRange, Sort } from './search/list-query';

/**
 * The names of the vocabulary and of the lists the views offer, in the person's language: each a
 * map from a value to its message key, so that the compiler checks every key exists.
 */

const KIND: Record<Kind, MessageKey> = {
  person: 'kind_person',
  organization: 'kind_organization',
  community: 'kind_community',
  publication: 'kind_publication',
  channel: 'kind_channel',
  article: 'kind_article',
  video: 'kind_video',
  podcast_episode: 'kind_podcast_episode',
  course: 'kind_course',
  event: 'kind_event',
  paper: 'kind_paper',
  book: 'kind_book',
};

const CATEGORY: Record<Category, MessageKey> = {
  mentors: 'category_mentors',
  experts: 'category_experts',
  peers: 'category_peers',
  communities: 'category_communities',
  organizations: 'category_organizations',
  blogs: 'category_blogs',
  podcasts: 'category_podcasts',
  videos: 'category_videos',
  courses: 'category_courses',
  events: 'category_events',
  research: 'category_research',
};

const STATUS: Record<Status, MessageKey> = {
  to_explore: 'status_to_explore',
  following: 'status_following',
  archived: 'status_archived',
};

/** A reliability rating, 1 to 5. */
export type Rating = 1 | 2 | 3 | 4 | 5;

const RATING: Record<Rating, MessageKey> = {
  1: 'reliability_1',
  2: 'reliability_2',
  3: 'reliability_3',
  4: 'reliability_4',
  5: 'reliability_5',
};

const RELIABILITY_CHECK: Record<ReliabilityCheck, MessageKey> = {
  author: 'reliability_check_author',
  evidence: 'reliability_check_evidence',
  date: 'reliability_check_date',
  purpose: 'reliability_check_purpose',
  corroborated: 'reliability_check_corroborated',
};

const SORT: Record<Sort, MessageKey> = {
  newest: 'panel_sort_newest',
  visited: 'panel_sort_visited',
  title: 'panel_sort_title',
  reliability: 'panel_sort_reliability',
};

const SAVED: Record<SavedRange, MessageKey> = {
  day: 'panel_saved_day',
  week: 'panel_saved_week',
  month: 'panel_saved_month',
  year: 'panel_saved_year',
  older: 'panel_saved_older',
};

const UNREADABLE: Record<UnreadableReason, MessageKey> = {
  restricted: 'unreadable_restricted',
  store: 'unreadable_store',
  pdf: 'unreadable_pdf',
  'not-html': 'unreadable_not_html',
  loading: 'unreadable_loading',
  'no-access': 'unreadable_no_access',
  failed: 'unreadable_failed',
  file: 'unreadable_file',
};

/** What the popup's button says to save something else the page names. */
const SAVE_CANDIDATE: Record<CandidateRole, MessageKey> = {
  page: 'save',
  author: 'save_author',
  publication: 'save_publication',
  channel: 'save_channel',
};

export const kindLabel = (kind: Kind) => t(KIND[kind]);
export const categoryLabel = (category: Category) => t(CATEGORY[category]);
export const statusLabel = (status: Status) => t(STATUS[status]);
const isRating = (rating: number): rating is Rating => rating in RATING;
/** A reliability rating's name (the schema keeps ratings to 1…5). */
export const ratingLabel = (rating: number) => (isRating(rating) ? t(RATING[rating]) : String(rating));
export const reliabilityCheckLabel = (check: ReliabilityCheck) => t(RELIABILITY_CHECK[check]);
export const sortLabel = (sort: Sort) => t(SORT[sort]);
export const savedRangeLabel = (range: SavedRange) => t(SAVED[range]);
export const unreadableLabel = (reason: UnreadableReason) => t(UNREADABLE[reason]);
export const saveCandidateLabel = (role: CandidateRole) => t(SAVE_CANDIDATE[role]);
