import { describe, expect, it } from 'vitest';
import { linkedin } from './linkedin';
import { read, shape } from './test-page';

describe('linkedin', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace', 'profile/person'],
    ['https://uk.linkedin.com/in/ada-lovelace/', 'profile/person'],
    ['https://www.linkedin.com/company/audiense/about/', 'organization/organization'],
    ['https://www.linkedin.com/school/stanford-university/', 'organization/organization'],
    ['https://www.linkedin.com/groups/12345/', 'community/community'],
    ['https://www.linkedin.com/newsletters/learning-notes-123/', 'publication/publication'],
    ['https://www.linkedin.com/pulse/how-can-ai-change-ramya-joseph', 'post/article'],
    ['https://www.linkedin.com/posts/ada-lovelace_learning-activity-1-abcd', 'post/article'],
    ['https://www.linkedin.com/feed/', undefined],
    ['https://www.linkedin.com/jobs/view/1', undefined],
    ['https://linkedin.example.com/in/ada', undefined],
  ])('%s → %s', (url, expected) => expect(shape(read(linkedin, url))).toBe(expected));

  it('on a person: the name before the headline, the vanity name as handle', () => {
    const info = read(linkedin, 'https://uk.linkedin.com/in/ada-lovelace', {
      title: 'Ada Lovelace - Analyst - Engines Ltd | LinkedIn',
      image: 'https://media.licdn.com/a.jpg',
    });
    expect(info?.subject).toMatchObject({
      kind: 'person',
      name: 'Ada Lovelace',
      url: 'https://www.linkedin.com/in/ada-lovelace',
      handle: 'ada-lovelace',
      image: 'https://media.licdn.com/a.jpg',
    });
  });

  it('names a company by its canonical address when the tab has its number', () => {
    const info = read(linkedin, 'https://www.linkedin.com/company/10529043/', {
      url: 'https://uk.linkedin.com/company/audiense',
      title: 'Audiense',
    });
    expect(info?.subject).toEqual({
      kind: 'organization',
      site: 'LinkedIn',
      name: 'Audiense',
      url: 'https://www.linkedin.com/company/audiense',
      handle: 'audiense',
      feeds: [],
      sameAs: ['https://www.linkedin.com/company/10529043'],
    });
  });

  it("gives an article's author as its creator, at their /in/ address", () => {
    const info = read(linkedin, 'https://www.linkedin.com/pulse/x', {
      authors: [{ name: 'Ramya Joseph', url: 'https://www.linkedin.com/in/ramyajoseph/' }],
    });
    expect(info?.creator).toMatchObject({
      kind: 'person',
      name: 'Ramya Joseph',
      url: 'https://www.linkedin.com/in/ramyajoseph',
      handle: 'ramyajoseph',
    });
    expect(read(linkedin, 'https://www.linkedin.com/pulse/x')?.creator).toBeUndefined();
  });
});
