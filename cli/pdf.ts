/**
 * The CLI's PDF printer: the HTML report printed by a Chromium found on the machine, driven by
 * playwright-core (which never downloads a browser when given an executable path).
 */
import { existsSync } from 'node:fs';
import { PDF_OPTIONS, type PdfPrinter } from '../report/index';

/** The Chromium to print with: CHROMIUM_PATH, else /usr/bin/chromium, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env['CHROMIUM_PATH'] ? [env['CHROMIUM_PATH']] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Thrown when no Chromium is found for a PDF. */
export class NoChromium extends Error {}

/** A printer that runs Chromium through playwright-core. Throws NoChromium when none is found. */
export function chromiumPrinter(executablePath: string | null = findChromium()): PdfPrinter {
  return async (html) => {
    if (!executablePath) {
      throw new NoChromium(
        'PDF reports need Chromium and none was found: install it (Debian/Ubuntu: apt-get install chromium) ' +
          'or set CHROMIUM_PATH to a Chromium or Chrome executable. HTML reports print to PDF from any browser too.',
      );
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      // The report has no scripts; turning JavaScript off says so to Chromium as well.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf(PDF_OPTIONS);
    } finally {
      await browser.close();
    }
  };
}
