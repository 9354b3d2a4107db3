/**
 * Test fixtures: one story written out as the files readers keep — a web page, a PDF printed from it by
 * Chromium, a Word file, a saved web page (.mhtml) and a newsletter e-mail (.eml) — built in code.
 */
import { existsSync } from 'node:fs';
import JSZip from 'jszip';

/** A story: title, outlet and paragraphs. */
export interface Story {
  title: string;
  outlet: string;
  paragraphs: string[];
}

/** A story from a seed's text (first line the title, blank lines between paragraphs). */
export function storyFromSeed(text: string, outlet: string, paragraphs = 6): Story {
  const [title, ...rest] = text.split(/\n\s*\n/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  return { title: title!, outlet, paragraphs: rest.slice(0, paragraphs) };
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The story as a news page: og metadata, and navigation and a footer around the article unless `bare` (a print view). `columns` sets it in newspaper columns. */
export function storyHtml(story: Story, { columns = 1, bare = false }: { columns?: number; bare?: boolean } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(story.title)}</title>
<meta property="og:title" content="${escape(story.title)}"><meta property="og:site_name" content="${escape(story.outlet)}">
<style>body{font:12pt/1.45 serif;margin:0} .cols{column-count:${columns};column-gap:2.5em;text-align:left} p{margin:0 0 .9em} h1{font-size:22pt}</style></head>
<body>${bare ? '' : `<nav><a href="https://example.org/">Home</a> · <a href="https://example.org/world">World</a></nav>`}
<article><h1>${escape(story.title)}</h1><div class="cols">${story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div></article>
${bare ? '' : `<footer>© ${escape(story.outlet)}</footer>`}</body></html>`;
}

/** Chromium, where the machine has one. */
export function chromiumPath(): string | null {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** The story's print view printed to PDF by Chromium in columns, with a running header (date and title) and footer (page x/y) on each page. */
export async function storyPdf(story: Story, { columns = 2 }: { columns?: number } = {}): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is needed to print the PDF fixture');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await (await browser.newContext({ offline: true })).newPage();
    await page.setContent(storyHtml(story, { columns, bare: true }), { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A5',
      margin: { top: '2cm', bottom: '2cm', left: '1.5cm', right: '1.5cm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${escape(story.outlet)} · ${escape(story.title)}</div>`,
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

const xmlEscape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The story as a Word file: the title in Heading 1, then plain paragraphs. */
export async function storyDocx(story: Story): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
  );
  const para = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      para(story.title, 'Heading1') +
      story.paragraphs.map((p) => para(p)).join('') +
      '</w:body></w:document>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Quoted-printable, as mail and MHTML writers encode HTML (RFC 2045 6.7). */
function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : b === 10 ? '\r\n' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\r\n') {
      out += piece;
      line = 0;
      continue;
    }
    if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

/** The story's page saved by a browser as .mhtml: the page and an image it refers to, in one MIME envelope. */
export function storyMhtml(story: Story, url = 'https://news.example.org/world/trade-talks'): string {
  const boundary = '----MultipartBoundary--parallax-fixture----';
  const html = storyHtml(story).replace('<article>', `<article><img src="${url}/photo.jpg" alt="">`);
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    `Subject: ${story.title}`,
    'Date: Mon, 30 Nov 2026 05:00:00 -0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(html),
    `--${boundary}`,
    'Content-Type: image/jpeg',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${url}/photo.jpg`,
    '',
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** The story as a newsletter e-mail from the outlet: a plain-text part and an HTML part (the one to read). */
export function storyEml(story: Story): string {
  const boundary = 'parallax-fixture-alt';
  const text = ['This is the plain-text version.', '', ...story.paragraphs].join('\r\n\r\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escape(story.title)}</title></head><body>
<table><tr><td><a href="https://news.example.org/unsubscribe">Unsubscribe</a></td></tr></table>
<div><h1>${escape(story.title)}</h1>${story.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div>
<img src="https://news.example.org/pixel.gif" width="1" height="1" alt=""></body></html>`;
  return [
    `From: "${story.outlet}" <briefing@news.example.org>`,
    'To: reader@example.net',
    `Subject: =?UTF-8?B?${Buffer.from(story.title).toString('base64')}?=`,
    'Date: Mon, 30 Nov 2026 05:00:00 +0000',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(text),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
