import { useState } from 'preact/hooks';
import { listGoals, listJournal } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { datedName, downloadText } from '@/utils/io/download';
import type { Source } from '@/utils/model/source';
import { buildPortfolio } from '@/utils/portfolio/build';
import { portfolioHtml } from '@/utils/portfolio/html';
import { portfolioMarkdown } from '@/utils/portfolio/markdown';
import { useDatabase } from '../database';
import { MessageLine, type Message } from '../MessageLine';
import { useLiveQuery } from '../use-live-query';

const DAY_MS = 86_400_000;
/** A date input's day as the start (or, for `to`, the end) of that day in local time. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : undefined);
const dayEnd = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() + DAY_MS - 1 : undefined);

/**
 * *Export portfolio*: the person chooses goals and a period, previews the portfolio (the HTML
 * file itself, in a sandboxed frame that runs nothing), then saves it as HTML or Markdown. Built
 * in this page from what is saved; nothing is sent anywhere.
 */
export function PortfolioSection(props: { sources: readonly Source[] }) {
  const db = useDatabase();
  const goals = useLiveQuery(() => listGoals(db), []).value ?? [];
  const journal = useLiveQuery(() => listJournal(db), []).value ?? [];
  const [open, setOpen] = useState(false);
  // Unset: the active goals.
  const [chosen, setChosen] = useState<string[] | undefined>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [preview, setPreview] = useState<{ html: string; markdown: string } | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const goalIds = chosen ?? goals.filter((g) => g.status === 'active').map((g) => g.id);

  const change = (update: () => void) => {
    update();
    setPreview(undefined);
  };
  const build = () => {
    if (goalIds.length === 0) {
      setMessage({ text: t('portfolio_choose_goal'), error: true });
      return;
    }
    setMessage(undefined);
    try {
      const portfolio = buildPortfolio(
        { goals, sources: props.sources, journal },
        { goalIds, from: dayStart(from), to: dayEnd(to) },
        Date.now(),
      );
      setPreview({ html: portfolioHtml(portfolio), markdown: portfolioMarkdown(portfolio) });
    } catch (error) {
      setMessage({ text: t('portfolio_error', errorText(error)), error: true });
    }
  };

  return (
    <section class="portfolio" aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading">{t('portfolio_section')}</h2>
      <p class="muted">{t('portfolio_help')}</p>
      <button type="button" aria-expanded={open} aria-controls="portfolio-form" onClick={() => setOpen(!open)}>
        {t('portfolio_export')}
      </button>
      {open && (
        <form
          id="portfolio-form"
          class="portfolio-form"
          onSubmit={(e) => {
            e.preventDefault();
            build();
          }}
        >
          <fieldset>
            <legend>{t('portfolio_goals')}</legend>
            {goals.length === 0 && <p class="muted">{t('goals_none')}</p>}
            {goals.map((g) => (
              <label class="check" key={g.id}>
                <input
                  type="checkbox"
                  checked={goalIds.includes(g.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    change(() => setChosen(on ? [...goalIds, g.id] : goalIds.filter((id) => id !== g.id)));
                  }}
                />
                {g.title}
              </label>
            ))}
          </fieldset>
          <div class="row">
            <div class="field">
              <label for="portfolio-from">{t('portfolio_from')}</label>
              <input
                id="portfolio-from"
                type="date"
                value={from}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  change(() => setFrom(value));
                }}
              />
            </div>
            <div class="field">
              <label for="portfolio-to">{t('portfolio_to')}</label>
              <input
                id="portfolio-to"
                type="date"
                value={to}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  change(() => setTo(value));
                }}
              />
            </div>
          </div>
          <div class="actions">
            <button type="submit" class="primary">
              {t('portfolio_preview')}
            </button>
            {preview && (
              <>
                <button
                  type="button"
                  onClick={() => downloadText(datedName('learning-portfolio', 'html'), preview.html, 'text/html')}
                >
                  {t('portfolio_save_html')}
                </button>
                <button
                  type="button"
                  onClick={() => downloadText(datedName('learning-portfolio', 'md'), preview.markdown, 'text/markdown')}
                >
                  {t('portfolio_save_markdown')}
                </button>
              </>
            )}
          </div>
          <MessageLine message={message} />
          {preview && (
            <iframe class="portfolio-preview" title={t('portfolio_preview_frame')} sandbox="" srcdoc={preview.html} />
          )}
        </form>
      )}
    </section>
  );
}
