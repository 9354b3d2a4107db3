import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const TEXT = 'Xi’s “very positive” call — talks resume';

/** Writes the hostile and odd files a reader might drop, and what each should become. */
function hostileFiles(dir: string): { paths: string[]; loads: string[]; refused: Record<string, string> } {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const huge = join(dir, 'huge-60mb.txt');
  const fd = openSync(huge, 'w');
  const chunk = Buffer.alloc(1 << 20, 'Sixty megabytes of text. ');
  for (let i = 0; i < 60; i++) writeSync(fd, chunk);
  closeSync(fd);
  const paths = [
    put('empty.txt', ''),
    put('whitespace.txt', '  \n\t\n   '),
    put('image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    put('zeros.txt', new Uint8Array(8192)),
    huge,
    put('one-line.txt', 'word '.repeat(1_000_000)),
    put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Le headline\n\n${TEXT}`, 'utf16le')])),
    put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`Be headline\n\n${TEXT}`, 'utf16le').swap16()])),
    put('cp1252.txt', Buffer.from('Cp headline\n\nXi\x92s \x93very positive\x94 call \x97 talks resume', 'latin1')),
    put('invalid-utf8.txt', Buffer.concat([Buffer.from('Bad bytes headline\n\nCaf'), Buffer.from([0xe9, 0x20, 0xff, 0x20]), Buffer.from('ok')])),
    put('broken.json', '{"title": "Talks", "text": "The call'),
    put('wrong-types.json', '{"title": 42, "text": ["not", "a", "string"]}'),
  ];
  return {
    paths,
    loads: ['utf16le.txt', 'utf16be.txt', 'cp1252.txt', 'invalid-utf8.txt'],
    refused: {
      'empty.txt': 'the file is empty',
      'whitespace.txt': 'the file contains only whitespace',
      'image.txt': 'it is a PNG image, not an article',
      'zeros.txt': 'it is a binary file, not text',
      'huge-60mb.txt': 'it is 60.0 MB, larger than the 20.0 MB Parallax opens',
      'one-line.txt': 'it has a line of 5,000,000 characters, longer than the 200,000 Parallax opens',
      'broken.json': 'it is not valid JSON',
      'wrong-types.json': 'its title is not a string',
    },
  };
}

test('a drop of hostile and odd files: each loads or is named with its reason, and the set stays', async ({ app }, testInfo) => {
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(5);
  const { paths, loads, refused } = hostileFiles(testInfo.outputPath('hostile'));
  await app.drop(paths);

  await expect(columns).toHaveCount(5 + loads.length);
  await expect(page.locator('article.column .file')).toContainText(loads);
  for (const name of ['utf16le.txt', 'utf16be.txt', 'cp1252.txt']) {
    await expect(columns.filter({ hasText: name }).locator('.body')).toContainText(TEXT);
  }
  await expect(columns.filter({ hasText: 'invalid-utf8.txt' }).locator('.body')).toContainText('Café ÿ ok');

  const alert = page.getByRole('alert');
  for (const [name, reason] of Object.entries(refused)) {
    await expect(alert.locator('li', { hasText: name })).toContainText(reason);
  }
  await expect(alert.locator('li')).toHaveCount(Object.keys(refused).length);
  await app.screenshot('hostile-drop');

  // The window stays usable: the notices go away and the columns are still there.
  await page.getByRole('button', { name: 'Dismiss all' }).click();
  await expect(alert).toHaveCount(0);
  await expect(columns).toHaveCount(5 + loads.length);
  expect(app.consoleErrors).toEqual([]);
});

test('200 files dropped at once all open, and the window stays usable', async ({ app }, testInfo) => {
  test.slow();
  const { page } = app;
  await expect(page.locator('article.column')).toHaveCount(5);
  const dir = testInfo.outputPath('many');
  mkdirSync(dir, { recursive: true });
  const paths = Array.from({ length: 200 }, (_, i) => {
    const path = join(dir, `story-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `Story ${i}: talks to resume\n\nOfficials said on day ${i} that the two sides would meet again soon, after a call that lasted ninety minutes.`);
    return path;
  });
  await app.drop(paths);
  await expect(page.locator('article.column')).toHaveCount(205);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('article.column').last().locator('.file')).toHaveText('story-199.txt');
  // Still answers: close a column and the count follows.
  await page.getByRole('button', { name: 'Close story-000.txt' }).click();
  await expect(page.locator('article.column')).toHaveCount(204);
  expect(app.consoleErrors).toEqual([]);
});

test('a FIFO, an oversized file and pages built to hang or crash a parser: each named or loaded, the set intact', async ({ app }, testInfo) => {
  test.skip(process.platform === 'win32', 'named pipes on disk are a POSIX feature');
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(5);
  const dir = testInfo.outputPath('parsers');
  mkdirSync(dir, { recursive: true });
  const pipe = join(dir, 'pipe.txt');
  expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
  const oversized = join(dir, 'oversized.txt');
  writeFileSync(oversized, Buffer.alloc(21 * 1024 * 1024, 'Twenty-one megabytes. '));
  const body = Array.from({ length: 6 }, (_, i) => `<p>Officials said the talks would resume next week, after a ninety-minute call (${i}).</p>`).join('');
  const put = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const paths = [
    pipe,
    oversized,
    put('nested.html', `<html><head><title>Nested talks</title></head><body><article>${body}${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</article></body></html>`),
    put('italics.html', `<html><head><title>Italic talks</title></head><body><article>${body}</article>${'<i></i>'.repeat(1_000_000)}</body></html>`),
    put('heading.md', `# Spaced talks${' '.repeat(20_000)}\n\nOfficials said the talks would resume.\n`),
    put('blank.md', `# Blank talks\n\nFirst.${'\n'.repeat(300_000)}Last.\n`),
  ];
  await app.drop(paths);

  await expect(columns).toHaveCount(5 + 4);
  for (const title of ['Nested talks', 'Italic talks', 'Spaced talks', 'Blank talks']) {
    await expect(columns.filter({ hasText: title })).toHaveCount(1);
  }
  const alert = page.getByRole('alert');
  await expect(alert.locator('li', { hasText: 'pipe.txt' })).toContainText('it is a named pipe (FIFO), not a file');
  await expect(alert.locator('li', { hasText: 'oversized.txt' })).toContainText('it is 21.0 MB, larger than the 20.0 MB Parallax opens');
  await expect(alert.locator('li')).toHaveCount(2);
  // The sample set is still there, unchanged.
  await expect(columns.first()).toContainText('TRUMP Makes Bold China Move');
  await app.screenshot('hostile-parsers');
  expect(app.consoleErrors).toEqual([]);
});

test('a dropped folder opens the article files inside it and passes over the rest', async ({ app }, testInfo) => {
  test.skip(app.mode !== 'chromium', 'a page cannot make a folder entry under Electron itself');
  const { page } = app;
  const columns = page.locator('article.column');
  await expect(columns).toHaveCount(5);
  const dir = testInfo.outputPath('a-folder');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'one.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday.');
  writeFileSync(join(dir, 'two.md'), 'Harbour still shut\n\nThe harbour stayed shut on Monday.');
  writeFileSync(join(dir, 'notes.xyz'), 'not an article');
  writeFileSync(join(dir, 'last-report.md'), '# Parallax comparison report\n\n2 articles');
  await app.dropFolder(dir);
  await expect(columns).toHaveCount(7);
  await expect(page.locator('article.column .file')).toContainText(['one.txt', 'two.md']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
