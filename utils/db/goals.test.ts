import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/fields';
import { bulkUpdate } from './bulk';
import { freshDatabase } from './test-db';
import { addGoal, getGoal, goalSources, linkToGoal, listGoals, unlinkFromGoal, updateGoal } from './goals';
import { addJournalEntry, deleteJournalEntry, journalForGoal, listJournal } from './journal';
import { saveSource } from './sources';
import { savePage, savePerson } from './capture';

describe('goals', () => {
  it('adds a goal as active, edits, clears and archives its fields', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: '  Learn   statistics ', why: 'For my thesis', topics: ['#stats'] }, 10);
    expect(goal).toMatchObject({
      title: 'Learn statistics',
      why: 'For my thesis',
      topics: ['stats'],
      status: 'active',
    });
    const edited = await updateGoal(db, goal.id, { why: null, targetDate: 86_400_000, status: 'reached' }, 20);
    expect(edited).toMatchObject({ title: 'Learn statistics', targetDate: 86_400_000, status: 'reached' });
    expect(edited.why).toBeUndefined();
    expect(edited).toMatchObject({ createdAt: 10, updatedAt: 20 });
    expect(await getGoal(db, goal.id)).toEqual(edited);
  });

  it('refuses a goal past the most a source can have, in the panel and the bulk bar alike', async () => {
    const db = freshDatabase();
    const { source } = await saveSource(db, { kind: 'article', title: 'Busy post', url: 'https://a.example/busy' });
    const goals = [];
    for (let i = 0; i < LIMITS.goals + 1; i++) goals.push(await addGoal(db, { title: `Goal ${i}`, why: null }));
    for (const goal of goals.slice(0, LIMITS.goals)) await linkToGoal(db, [source.id], goal.id);
    const last = goals.at(-1)?.id ?? '';
    await expect(linkToGoal(db, [source.id], last)).rejects.toMatchObject({ code: 'problem_goals_full' });
    await expect(bulkUpdate(db, [source.id], { addGoal: last })).rejects.toMatchObject({ code: 'problem_goals_full' });
    expect((await db.sources.get(source.id))?.goals).toHaveLength(LIMITS.goals);
  });

  it('refuses an empty title and an unknown goal', async () => {
    const db = freshDatabase();
    await expect(addGoal(db, { title: '   ', why: null })).rejects.toThrow();
    await expect(updateGoal(db, 'nope', { title: 'x', why: null })).rejects.toMatchObject({
      code: 'problem_goal_not_found',
    });
  });

  it('lists active goals first, newest first', async () => {
    const db = freshDatabase();
    const a = await addGoal(db, { title: 'A', why: null }, 1);
    await addGoal(db, { title: 'B', why: null, status: 'dropped' }, 2);
    await addGoal(db, { title: 'C', why: null }, 3);
    await updateGoal(db, a.id, { status: 'reached' });
    expect((await listGoals(db)).map((g) => g.title)).toEqual(['C', 'A', 'B']);
  });

  it('links sources to a goal once each, finds them by it, and unlinks them', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: 'Rust', why: null });
    const other = await addGoal(db, { title: 'Go', why: null });
    const { source: a } = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' });
    const { source: p } = await saveSource(db, { kind: 'person', title: 'Ada' });
    expect(a.goals).toEqual([]);
    expect(await linkToGoal(db, [a.id, p.id, 'missing'], goal.id, 5)).toBe(2);
    expect(await linkToGoal(db, [a.id], goal.id)).toBe(0);
    await linkToGoal(db, [a.id], other.id);
    expect((await goalSources(db, goal.id)).map((s) => s.title).sort()).toEqual(['A', 'Ada']);
    expect((await goalSources(db, other.id)).map((s) => s.title)).toEqual(['A']);
    expect(await unlinkFromGoal(db, [a.id], goal.id)).toBe(1);
    expect((await goalSources(db, goal.id)).map((s) => s.title)).toEqual(['Ada']);
    await expect(linkToGoal(db, [a.id], 'no-such-goal')).rejects.toMatchObject({ code: 'problem_goal_not_found' });
  });

  it('keeps a source on its goals when it is saved again', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: 'Rust', why: null });
    const { source } = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' });
    await linkToGoal(db, [source.id], goal.id);
    const { source: again } = await saveSource(db, { kind: 'article', title: 'A again', url: 'https://a.example/' });
    expect(again.goals).toEqual([goal.id]);
  });
});

describe('journal', () => {
  it('writes entries linked to goals and sources, lists them newest first, and deletes one', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: 'Rust', why: null });
    const first = await addJournalEntry(db, { text: ' Ownership clicked. ', goalIds: [goal.id, goal.id] }, 1);
    await addJournalEntry(db, { text: 'Lifetimes next.', sourceIds: ['s1'] }, 2);
    expect(first).toMatchObject({ text: 'Ownership clicked.', goalIds: [goal.id], sourceIds: [] });
    expect((await listJournal(db)).map((e) => e.text)).toEqual(['Lifetimes next.', 'Ownership clicked.']);
    expect((await journalForGoal(db, goal.id)).map((e) => e.id)).toEqual([first.id]);
    await deleteJournalEntry(db, first.id);
    expect(await journalForGoal(db, goal.id)).toEqual([]);
    await expect(addJournalEntry(db, { text: '  ' })).rejects.toThrow();
  });
});

describe('saving a capture for a goal', () => {
  it('links the page and its author, whether the author was saved before or after', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: 'Memory', why: null });
    const { source: before } = await saveSource(db, { kind: 'person', title: 'Jane Doe' });
    const { source: page } = await savePage(db, {
      page: { kind: 'article', title: 'Spacing', url: 'https://blog.example/spacing' },
      authors: [{ name: 'Jane Doe' }],
      goalId: goal.id,
    });
    expect(page.goals).toEqual([goal.id]);
    expect(page.creators).toEqual([before.id]);
    const { source: after } = await savePerson(db, {
      person: { kind: 'person', title: 'Sam Roe', url: 'https://sam.example/' },
      fromPageUrl: 'https://blog.example/spacing',
      goalId: goal.id,
    });
    expect(after.goals).toEqual([goal.id]);
    expect((await goalSources(db, goal.id)).map((s) => s.title).sort()).toEqual(['Jane Doe', 'Sam Roe', 'Spacing']);
  });

  it('saves nothing when the goal is gone', async () => {
    const db = freshDatabase();
    await expect(
      savePage(db, { page: { kind: 'article', title: 'A', url: 'https://a.example/' }, goalId: 'gone' }),
    ).rejects.toMatchObject({ code: 'problem_goal_not_found' });
    expect(await db.sources.count()).toBe(0);
  });
});
