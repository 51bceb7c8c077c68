import type { Candidate } from '@/utils/extract/candidates';
import { t } from '@/utils/i18n';
import { defaultCategory, type Category, type Kind } from '@/utils/model/vocabulary';
import { CandidateItem, candidateCategory } from '../CandidateItem';

interface Props {
  authors: readonly Candidate[];
  /** The publication, channel or show behind the page. */
  agents: readonly Candidate[];
  /** The category chosen for each, by position (authors first). */
  chosen: Record<number, Category>;
  onChosen: (chosen: Record<number, Category>) => void;
  pageKind: Kind;
  /** The page is a news article (Extraction.news): its outlet defaults to research and reference. */
  news: boolean;
  pageUrl: string;
  pageTitle: string;
  topics: string[];
}

/** Who else is behind the page, each to save on its own: its authors, then where it was published. */
export function PageCandidates(props: Props) {
  const { authors, agents, chosen } = props;
  const item = (candidate: Candidate, i: number, defaultFor: Category) => (
    <CandidateItem
      key={`${candidate.role}-${candidate.title}-${i}`}
      candidate={candidate}
      category={chosen[i]}
      onCategory={(c) => props.onChosen({ ...chosen, [i]: c })}
      defaultFor={defaultFor}
      topics={props.topics}
      pageUrl={props.pageUrl}
      pageTitle={props.pageTitle}
    />
  );
  return (
    <>
      {authors.length > 0 && (
        <section class="authors" aria-labelledby="authors-heading">
          <h2 id="authors-heading">{t('authors_heading')}</h2>
          <ul>{authors.map((author, i) => item(author, i, defaultCategory('person')))}</ul>
        </section>
      )}
      {agents.length > 0 && (
        <section class="authors" aria-labelledby="agents-heading">
          <h2 id="agents-heading">{t('agents_heading')}</h2>
          <ul>
            {agents.map((agent, j) =>
              item(agent, authors.length + j, candidateCategory(agent, props.pageKind, props.news)),
            )}
          </ul>
        </section>
      )}
    </>
  );
}
