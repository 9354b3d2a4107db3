import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { InitialArticles } from '../contract';
import { Session, SessionStore, type SavedSession } from './session';

const root = mkdtempSync(join(tmpdir(), 'parallax-session-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir: string;
let articles: string;
let n = 0;

/** Five small articles and an empty userData folder for each test. */
beforeEach(() => {
  dir = join(root, `case-${++n}`);
  articles = join(dir, 'articles');
  mkdirSync(join(dir, 'user-data'), { recursive: true });
  mkdirSync(articles);
  for (const name of ['a', 'b', 'c', 'd', 'e']) {
    writeFileSync(join(articles, `${name}.txt`), `Story ${name.toUpperCase()}\n\nThe council met on Monday and voted on the budget for ${name}.`);
  }
});

const file = (name: string) => join(articles, `${name}.txt`);
const store = () => new SessionStore(join(dir, 'user-data'));
const samples = async () => [file('a'), file('b')];
const names = (initial: InitialArticles) => initial.articles.map((a) => a.name);
const saved = (): SavedSession => JSON.parse(readFileSync(join(dir, 'user-data', 'session.json'), 'utf8')) as SavedSession;

/** A session whose renderer reported `files` as its open set. */
async function saveSet(files: string[], view: unknown = { panel: 'coverage' }): Promise<void> {
  writeFileSync(join(dir, 'user-data', 'session.json'), JSON.stringify({ version: 1, files, view }));
}

describe('files given at launch', () => {
  it('join the saved set and keep its view; the set before is one step back, and that step can be undone', async () => {
    await saveSet(['a', 'b', 'c', 'd', 'e'].map(file));
    const session = new Session(store(), [join(dir, 'x.txt')], samples);
    writeFileSync(join(dir, 'x.txt'), 'Story X\n\nThe council met on Monday.');
    const initial = await session.initial();
    expect(names(initial)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'x.txt']);
    expect(initial.view).toEqual({ panel: 'coverage' });
    expect(initial.previousSet).toBe(5);
    // Saved at once: a crash before the window reports back keeps the joined set.
    expect(saved().files).toHaveLength(6);
    expect(saved().previous?.files).toHaveLength(5);

    expect(await session.restorePrevious()).toBe(true);
    expect(names(await session.initial())).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
    expect(await session.restorePrevious()).toBe(true);
    expect(names(await session.initial())).toHaveLength(6);
  });

  it('that are already in the saved set change nothing and offer no previous set', async () => {
    await saveSet([file('a'), file('b')]);
    const initial = await new Session(store(), [file('b')], samples).initial();
    expect(names(initial)).toEqual(['a.txt', 'b.txt']);
    expect(initial.previousSet).toBe(0);
  });

  it('open alone when nothing was saved', async () => {
    const initial = await new Session(store(), [file('c')], samples).initial();
    expect(names(initial)).toEqual(['c.txt']);
    expect(initial.previousSet).toBe(0);
  });
});

describe('a saved file that is missing', () => {
  it('stays in the set, is shown missing with its path, and opens again in its place once it is back', async () => {
    await saveSet(['a', 'b', 'c', 'd', 'e'].map(file));
    renameSync(file('b'), join(dir, 'b.away'));
    renameSync(file('d'), join(dir, 'd.away'));
    const session = new Session(store(), [], samples);
    const initial = await session.initial();
    expect(names(initial)).toEqual(['a.txt', 'c.txt', 'e.txt']);
    expect(initial.errors.map((e) => [e.name, e.reason])).toEqual([
      ['b.txt', expect.stringContaining(`it is missing from ${file('b')}`)],
      ['d.txt', expect.stringContaining(`it is missing from ${file('d')}`)],
    ]);
    // The reader closes c; the window reports the rest. The missing files keep their places.
    const [a, , e] = initial.articles;
    await session.update([e!.id, a!.id], { panel: 'facts' });
    expect(saved().files).toEqual([file('e'), file('a'), file('b'), file('d')]);

    renameSync(join(dir, 'b.away'), file('b'));
    renameSync(join(dir, 'd.away'), file('d'));
    const back = await new Session(store(), [], samples).initial();
    expect(names(back)).toEqual(['e.txt', 'a.txt', 'b.txt', 'd.txt']);
    expect(back.errors).toEqual([]);
  });

  it('that is opened again on purpose is no longer kept as missing', async () => {
    await saveSet([file('a'), file('b')]);
    renameSync(file('b'), join(dir, 'b.away'));
    const session = new Session(store(), [], samples);
    const [a] = (await session.initial()).articles;
    renameSync(join(dir, 'b.away'), file('b'));
    const { loadArticleFiles } = await import('./loader');
    const reopened = session.remember(await loadArticleFiles([file('b')]));
    await session.update([reopened.articles[0]!.id, a!.id], null);
    expect(saved().files).toEqual([file('b'), file('a')]);
  });
});

describe('an article whose analysis was stopped', () => {
  it('is listed, not opened, at the next start, until the reader opens it again', async () => {
    await saveSet([file('a'), file('b'), file('c')]);
    const session = new Session(store(), [], samples);
    const [, b] = (await session.initial()).articles;
    await session.analysisStopped(b!.id);
    expect(saved().stopped).toEqual([file('b')]);

    const next = await new Session(store(), [], samples).initial();
    expect(names(next)).toEqual(['a.txt', 'c.txt']);
    expect(next.errors).toEqual([
      { file: file('b'), name: 'b.txt', reason: expect.stringContaining('its analysis was stopped last time because it did not finish') },
    ]);
    // Given at launch, it is the reader's own choice again.
    const launched = await new Session(store(), [file('b')], samples).initial();
    expect(names(launched)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('an empty set', () => {
  it('opens the sample set at the next start, said to be the samples, with the view settings the reader had', async () => {
    const session = new Session(store(), [], samples);
    const first = await session.initial();
    expect(first.sample).toBe(true);
    expect(first.view).toBeNull();
    await session.update([], { followHover: false, hintDismissed: true });
    const next = await new Session(store(), [], samples).initial();
    expect(names(next)).toEqual(['a.txt', 'b.txt']);
    expect(next.sample).toBe(true);
    expect(next.view).toEqual({ followHover: false, hintDismissed: true });
  });
});

describe('session.json', () => {
  it('is created readable by its owner only, and an older one readable by all is made private', async () => {
    const session = new Session(store(), [], samples);
    const [a] = (await session.initial()).articles;
    await session.update([a!.id], null);
    const path = join(dir, 'user-data', 'session.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(path, 0o644);
    await session.update([a!.id], { again: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('that is a folder is set aside with a notice, and saving works again', async () => {
    mkdirSync(join(dir, 'user-data', 'session.json'));
    writeFileSync(join(dir, 'user-data', 'session.json', 'inside.txt'), 'kept');
    const session = new Session(store(), [], samples);
    const initial = await session.initial();
    expect(names(initial)).toEqual(['a.txt', 'b.txt']);
    expect(initial.errors).toEqual([
      expect.objectContaining({ name: 'Saved session', reason: expect.stringMatching(/session\.json is a folder, not a saved session; it was set aside as session\.corrupt-\d+\.json/u) }),
    ]);
    await session.update([initial.articles[0]!.id], null);
    expect(saved().files).toEqual([file('a')]);
    const aside = readdirSync(join(dir, 'user-data')).find((f) => f.startsWith('session.corrupt-'))!;
    expect(readFileSync(join(dir, 'user-data', aside, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('that is a pipe is set aside without ever being read', async () => {
    spawnSync('mkfifo', [join(dir, 'user-data', 'session.json')]);
    const initial = await new Session(store(), [], samples).initial();
    expect(initial.errors[0]?.reason).toMatch(/session\.json is a pipe, not a saved session; it was set aside/u);
  });

  it('has every save on disk once `settled` resolves, so quitting right after a change keeps it', async () => {
    const session = new Session(store(), [], samples);
    const [a, b] = (await session.initial()).articles;
    void session.update([a!.id, b!.id], null);
    void session.update([b!.id], { last: true });
    expect(session.saving).toBe(true);
    await session.settled();
    expect(session.saving).toBe(false);
    expect(saved()).toMatchObject({ files: [file('b')], view: { last: true } });
  });
});

describe('a file named at launch that does not exist', () => {
  it('is reported and not kept in the set', async () => {
    await saveSet([file('a')]);
    const session = new Session(store(), [join(dir, 'typo.txt')], samples);
    const initial = await session.initial();
    expect(names(initial)).toEqual(['a.txt']);
    expect(initial.errors).toEqual([expect.objectContaining({ name: 'typo.txt', reason: 'the file does not exist (it may have been moved or deleted)' })]);
    expect(initial.previousSet).toBe(0);
    await session.update(initial.articles.map((a) => a.id), null);
    expect(saved().files).toEqual([file('a')]);
  });
});
