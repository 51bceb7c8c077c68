import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { SourceDraft } from '@/utils/capture/draft';
import { t } from '@/utils/i18n';
import { defaultCategory, RELIABILITY_CHECKS } from '@/utils/model/vocabulary';
import { LIMITS } from '@/utils/model/fields';

import { reliabilityCheckLabel } from './labels';
import { TopicsInput } from './TopicsInput';
import { CategoryOptions, KindOptions, StatusOptions } from './VocabularyOptions';

interface Props {
  draft: SourceDraft;
  onChange: (draft: SourceDraft) => void;
  topics: readonly string[];
  /** Fields beyond the essentials: status and reliability. */
  full?: boolean;
  /** Puts the focus in the first field (the title) when the editor appears. */
  autoFocus?: boolean;
  /** The id of a hint about the title field (e.g. that Enter saves). */
  titleHint?: string;
  /** Topics the page itself suggests, offered to add with one click. */
  pageTopics?: readonly string[];
  /** A field shown beside the category (the popup's Goal). */
  besideCategory?: ComponentChildren;
}

/** The fields of a source, shared by the popup and the side panel. */
export function SourceEditor({
  draft,
  onChange,
  topics,
  full = false,
  autoFocus = false,
  titleHint,
  pageTopics,
  besideCategory,
}: Props) {
  const id = useId();
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) title.current?.focus();
  }, [autoFocus]);
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => onChange({ ...draft, [key]: value });

  return (
    <div class="editor">
      <div class="field">
        <label for={`${id}-title`}>{t('field_title')}</label>
        <input
          id={`${id}-title`}
          ref={title}
          aria-describedby={titleHint}
          type="text"
          required
          maxLength={LIMITS.title}
          value={draft.title}
          onInput={(e) => set('title', e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <div class="field">
          <label for={`${id}-kind`}>{t('field_kind')}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as SourceDraft['kind'];
              // The category follows the kind until the person picks one of their own.
              const category = draft.category === defaultCategory(draft.kind) ? defaultCategory(kind) : draft.category;
              onChange({ ...draft, kind, category });
            }}
          >
            <KindOptions />
          </select>
        </div>
        <div class="field">
          <label for={`${id}-category`}>{t('field_category')}</label>
          <select
            id={`${id}-category`}
            value={draft.category}
            onChange={(e) => set('category', e.currentTarget.value as SourceDraft['category'])}
          >
            <CategoryOptions />
          </select>
        </div>
        {besideCategory}
      </div>
      <TopicsInput value={draft.topics} onChange={(v) => set('topics', v)} suggestions={topics} fromPage={pageTopics} />
      <div class="field">
        <label for={`${id}-note`}>{t('field_note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={LIMITS.note}
          value={draft.note}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
      </div>
      {(full || draft.quote) && (
        <div class="field">
          <label for={`${id}-quote`}>{t('field_quote')}</label>
          <textarea
            id={`${id}-quote`}
            rows={2}
            maxLength={LIMITS.quote}
            value={draft.quote}
            onInput={(e) => set('quote', e.currentTarget.value)}
          />
        </div>
      )}
      {full && (
        <>
          <div class="row">
            <div class="field">
              <label for={`${id}-status`}>{t('field_status')}</label>
              <select
                id={`${id}-status`}
                value={draft.status}
                onChange={(e) => set('status', e.currentTarget.value as SourceDraft['status'])}
              >
                <StatusOptions />
              </select>
            </div>
            <div class="field">
              <label for={`${id}-rating`}>{t('field_reliability')}</label>
              <select
                id={`${id}-rating`}
                value={draft.rating === null ? '' : String(draft.rating)}
                onChange={(e) => set('rating', e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
              >
                <option value="">{t('reliability_none')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option value={String(n)} key={n}>
                    {t(`reliability_${n}` as 'reliability_1')}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {draft.rating !== null && (
            <div class="field">
              <label for={`${id}-reason`}>{t('field_reliability_reason')}</label>
              <input
                id={`${id}-reason`}
                type="text"
                maxLength={LIMITS.reason}
                value={draft.reason}
                onInput={(e) => set('reason', e.currentTarget.value)}
              />
            </div>
          )}
          {draft.rating !== null && (
            <fieldset class="checklist">
              <legend>{t('reliability_checks')}</legend>
              {RELIABILITY_CHECKS.map((check) => (
                <label class="check" key={check}>
                  <input
                    type="checkbox"
                    checked={draft.checks.includes(check)}
                    onChange={(e) =>
                      set(
                        'checks',
                        RELIABILITY_CHECKS.filter((c) =>
                          c === check ? e.currentTarget.checked : draft.checks.includes(c),
                        ),
                      )
                    }
                  />
                  {reliabilityCheckLabel(check)}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
    </div>
  );
}
