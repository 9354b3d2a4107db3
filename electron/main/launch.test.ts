import { describe, expect, it } from 'vitest';
import { launchArguments, secondInstanceData, secondInstanceFiles } from './launch';

const fromSource = { isPackaged: false, cwd: '/work' };
const packaged = { isPackaged: true, cwd: '/home/r' };

describe('command-line arguments', () => {
  it('takes the files after the app path, resolved, and skips switches', () => {
    expect(launchArguments(['/usr/bin/electron', '.', 'a.txt', '--inspect', '/abs/b.html'], fromSource)).toEqual(['/work/a.txt', '/abs/b.html']);
    expect(launchArguments(['/opt/Parallax/parallax', 'c.md', '--no-sandbox'], packaged)).toEqual(['/home/r/c.md']);
  });

  it('skips switches placed before the app path, as Playwright and Chromium add them', () => {
    const argv = ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--user-data-dir=/tmp/p', 'a.txt'];
    expect(launchArguments(argv, fromSource)).toEqual(['/work/a.txt']);
    expect(launchArguments(['/opt/Parallax/parallax', '--original-process-start-time=1', 'a.txt', '--enable-features=X'], packaged)).toEqual(['/home/r/a.txt']);
    // macOS Finder's process serial number.
    expect(launchArguments(['/Applications/Parallax.app/Contents/MacOS/Parallax', '-psn_0_12345'], packaged)).toEqual([]);
  });

  it('turns file:// URLs (a desktop launching with %U) into paths, decoding escapes', () => {
    expect(launchArguments(['/opt/Parallax/parallax', 'file:///home/r/News%20today/a%C3%A9.html', 'FILE:///tmp/b.txt'], packaged)).toEqual([
      '/home/r/News today/aé.html',
      '/tmp/b.txt',
    ]);
  });

  it('passes other URLs and file URLs of other hosts on unchanged, so the loader names them in its error', () => {
    expect(launchArguments(['/opt/Parallax/parallax', 'sftp://host/a.txt', 'file://server/share/b.txt'], packaged)).toEqual([
      'sftp://host/a.txt',
      'file://server/share/b.txt',
    ]);
  });

  it('reads every argument after -- as a file, even one that starts with a dash', () => {
    expect(launchArguments(['/opt/Parallax/parallax', '--no-sandbox', '--', '-notes.txt', '--', 'x.md'], packaged)).toEqual([
      '/home/r/-notes.txt',
      '/home/r/--',
      '/home/r/x.md',
    ]);
  });
});

describe('a second launch', () => {
  it('hands its files to the running app resolved where it started, not as argv', () => {
    const data = secondInstanceData(['/opt/Parallax/parallax', '--some-switch', 'a.txt', 'file:///tmp/b.md'], { isPackaged: true, cwd: '/home/other' });
    expect(data).toEqual({ files: ['/home/other/a.txt', '/tmp/b.md'] });
    // The running app reads them back from additionalData, whatever its own working folder is.
    expect(secondInstanceFiles(JSON.parse(JSON.stringify(data)), '/elsewhere')).toEqual(['/home/other/a.txt', '/tmp/b.md']);
  });

  it('opens nothing from data that is not what Parallax sends', () => {
    for (const data of [undefined, null, {}, { files: 'a.txt' }, { files: [1] }, { files: [''] }, []]) {
      expect(secondInstanceFiles(data, '/w')).toEqual([]);
    }
  });

  it('resolves a relative path against the second launch working folder', () => {
    expect(secondInstanceFiles({ files: ['rel/a.txt'] }, '/w')).toEqual(['/w/rel/a.txt']);
  });
});
