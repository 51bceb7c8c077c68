import { useId, useMemo, useState } from 'preact/hooks';
import { cleanTopics } from '@/utils/model/source';
import { t } from '@/utils/i18n';

interface Props {
  value: string[];
  onChange: (topics: string[]) => void;
  /** Topics already in use, suggested as the person types. */
  suggestions: readonly string[];
  /** Topics the page suggests (its own tags, folded onto those in use): buttons that add one each. */
  fromPage?: readonly string[] | undefined;
}

/**
 * Topics as removable chips and a combobox that suggests topics already in use.
 * Enter, Tab with text, or a comma adds; Backspace on an empty field removes the last topic.
 */
export function TopicsInput({ value, onChange, suggestions, fromPage = [] }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const q = text.trim().toLocaleLowerCase();
    if (!q) return [];
    const taken = new Set(value.map((v) => v.toLocaleLowerCase()));
    return suggestions
      .filter((s) => !taken.has(s.toLocaleLowerCase()) && s.toLocaleLowerCase().includes(q))
      .slice(0, 6);
  }, [text, value, suggestions]);

  const add = (topic: string) => {
    onChange(cleanTopics([...value, topic]));
    setText('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % matches.length);
    } else if (e.key === 'ArrowUp' && matches.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + matches.length) % matches.length);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      // The form's shortcut to save: the topic being typed is added first.
      if (text.trim()) add(text);
    } else if (
      (e.key === 'Enter' || e.key === ',' || (e.key === 'Tab' && text.trim())) &&
      (text.trim() || matches.length)
    ) {
      e.preventDefault();
      add(matches[active] ?? text);
    } else if (e.key === 'Escape' && text) {
      e.stopPropagation();
      setText('');
    } else if (e.key === 'Backspace' && !text && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  return (
    <div class="field">
      <label for={id}>{t('field_topics')}</label>
      <div class="topics">
        {value.map((topic) => (
          <span class="chip" key={topic}>
            {topic}
            <button
              type="button"
              class="chip-remove"
              aria-label={t('topic_remove', topic)}
              onClick={() => onChange(value.filter((v) => v !== topic))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={matches.length ? `${listId}-${active}` : undefined}
          placeholder={value.length ? '' : t('topics_placeholder')}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value.replace(/,/g, ''));
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add(text)}
        />
      </div>
      {fromPage.length > 0 && (
        <p class="page-topics">
          <span class="muted">{t('topics_from_page')}</span>{' '}
          {fromPage.map((topic) => (
            <button
              type="button"
              class="chip suggest"
              key={topic}
              aria-label={t('topic_add', topic)}
              onClick={() => add(topic)}
            >
              + {topic}
            </button>
          ))}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        class="suggestions"
        aria-label={t('topics_suggestions')}
        hidden={matches.length === 0}
      >
        {matches.map((m, i) => (
          <li
            id={`${listId}-${i}`}
            key={m}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              add(m);
            }}
          >
            {m}
          </li>
        ))}
      </ul>
    </div>
  );
}
