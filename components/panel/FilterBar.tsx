import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ratingLabel, savedRangeLabel, sortLabel } from '@/utils/labels';
import type { Category, Kind, Status } from '@/utils/model/vocabulary';
import {
  activeFilterCount,
  RELIABILITY_FILTERS,
  SAVED_RANGES,
  SORTS,
  type ListFilters,
  type ReliabilityFilter,
  type SavedRange,
  type Sort,
} from '@/utils/search/list-query';

import { CategoryOptions, KindOptions, StatusOptions } from '../VocabularyOptions';

interface Props {
  text: string;
  onText: (text: string) => void;
  /** Escape in an empty search box: the focus goes on to the list. */
  onLeave: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  filters: ListFilters;
  onFilters: (filters: ListFilters) => void;
  sort: Sort;
  onSort: (sort: Sort) => void;
  topics: readonly string[];
  /** Names for the filters that hold an id or a host. */
  personName: (id: string) => string;
}

const orUndefined = <T extends string>(value: string) => (value === '' ? undefined : (value as T));

function reliabilityLabel(value: ReliabilityFilter): string {
  if (value === 'unrated') return t('reliability_none');
  const label = ratingLabel(Number(value));
  return value === '5' ? label : t('panel_reliability_at_least', label);
}

/** Search as you type, the filters and the order of the list. */
export function FilterBar(props: Props) {
  const { filters } = props;
  const set = (change: Partial<ListFilters>) => props.onFilters({ ...filters, ...change });
  const more = [filters.topic, filters.status, filters.reliability, filters.saved].filter(
    (v) => v !== undefined,
  ).length;
  // Open while any of its filters is set; the person may open or close it at any time.
  const anySet = more > 0;
  const [open, setOpen] = useState(anySet);
  useEffect(() => {
    if (anySet) setOpen(true);
  }, [anySet]);
  const chips: { label: string; clear: Partial<ListFilters> }[] = [];
  if (filters.site !== undefined)
    chips.push({ label: t('panel_filter_site', filters.site), clear: { site: undefined } });
  if (filters.creator !== undefined)
    chips.push({ label: t('panel_filter_creator', props.personName(filters.creator)), clear: { creator: undefined } });

  return (
    <div class="filters" role="search">
      <div class="field grow">
        {/* The box says what it is (its placeholder, its search role): the label is for screen readers. */}
        <label for="search" class="sr-only">
          {t('search')}
        </label>
        <input
          id="search"
          ref={props.searchRef}
          type="search"
          autocomplete="off"
          value={props.text}
          placeholder={t('search_placeholder')}
          onInput={(e) => props.onText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Escape clears the search; in an empty box, it leaves it for the list.
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            if (e.currentTarget.value) props.onText('');
            else props.onLeave();
          }}
        />
      </div>
      <div class="row wrap">
        <div class="field">
          <label for="filter-kind">{t('field_kind')}</label>
          <select
            id="filter-kind"
            value={filters.kind ?? ''}
            onChange={(e) => set({ kind: orUndefined<Kind>(e.currentTarget.value) })}
          >
            <option value="">{t('all_kinds')}</option>
            <KindOptions />
          </select>
        </div>
        <div class="field">
          <label for="filter-category">{t('field_category')}</label>
          <select
            id="filter-category"
            value={filters.category ?? ''}
            onChange={(e) => set({ category: orUndefined<Category>(e.currentTarget.value) })}
          >
            <option value="">{t('all_categories')}</option>
            <CategoryOptions />
          </select>
        </div>
        <div class="field">
          <label for="sort">{t('panel_field_sort')}</label>
          <select id="sort" value={props.sort} onChange={(e) => props.onSort(e.currentTarget.value as Sort)}>
            {SORTS.map((s) => (
              <option value={s} key={s}>
                {sortLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details class="more-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{more > 0 ? t('panel_more_filters_set', String(more)) : t('panel_more_filters')}</summary>
        <div class="row wrap">
          <div class="field">
            <label for="filter-topic">{t('panel_field_topic')}</label>
            <select
              id="filter-topic"
              value={filters.topic ?? ''}
              onChange={(e) => set({ topic: orUndefined(e.currentTarget.value) })}
            >
              <option value="">{t('panel_all_topics')}</option>
              {filters.topic !== undefined && !props.topics.includes(filters.topic) && (
                <option value={filters.topic}>{filters.topic}</option>
              )}
              {props.topics.map((topic) => (
                <option value={topic} key={topic}>
                  {topic}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-status">{t('field_status')}</label>
            <select
              id="filter-status"
              value={filters.status ?? ''}
              onChange={(e) => set({ status: orUndefined<Status>(e.currentTarget.value) })}
            >
              <option value="">{t('panel_all_statuses')}</option>
              <StatusOptions />
            </select>
          </div>
          <div class="field">
            <label for="filter-reliability">{t('field_reliability')}</label>
            <select
              id="filter-reliability"
              value={filters.reliability ?? ''}
              onChange={(e) => set({ reliability: orUndefined<ReliabilityFilter>(e.currentTarget.value) })}
            >
              <option value="">{t('panel_reliability_any')}</option>
              {RELIABILITY_FILTERS.map((r) => (
                <option value={r} key={r}>
                  {reliabilityLabel(r)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-saved">{t('panel_field_saved')}</label>
            <select
              id="filter-saved"
              value={filters.saved ?? ''}
              onChange={(e) => set({ saved: orUndefined<SavedRange>(e.currentTarget.value) })}
            >
              <option value="">{t('panel_saved_any')}</option>
              {SAVED_RANGES.map((r) => (
                <option value={r} key={r}>
                  {savedRangeLabel(r)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      {(chips.length > 0 || activeFilterCount(filters) > 0) && (
        <div class="active-filters">
          {chips.map((chip) => (
            <span class="chip" key={chip.label}>
              {chip.label}
              <button
                type="button"
                class="chip-remove"
                aria-label={t('panel_remove_filter', chip.label)}
                onClick={() => set(chip.clear)}
              >
                ×
              </button>
            </span>
          ))}
          <button type="button" class="link" onClick={() => props.onFilters({})}>
            {t('panel_clear_filters')}
          </button>
        </div>
      )}
    </div>
  );
}
