/**
 * The article in a MIME file: a web page saved as .mhtml/.mht, or an e-mail (.eml, e.g. a newsletter).
 * postal-mime decodes the envelope; the HTML part (preferred) goes through the same Readability and
 * metadata path as an .html file, a plain-text part is taken as text. Parts the page refers to (images,
 * styles, cid: or http: links) are never fetched.
 */
import type { ArticleFormat } from '../../contract';
import { LoadFailure } from './errors';
import { fromHtml, type Extracted } from './html';

/** A MIME file starts with header lines ("Name: value"); anything else is refused before parsing. */
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/u;

function header(headers: { key: string; value: string }[], key: string): string | undefined {
  return headers.find((h) => h.key === key)?.value.trim() || undefined;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./u, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The article of an .mhtml/.mht or .eml file's bytes, with title, outlet and date where it gives them. */
export async function fromMime(bytes: Uint8Array, format: ArticleFormat): Promise<{ extracted: Extracted; encoding: string }> {
  const what = format === 'email' ? 'an e-mail (.eml)' : 'a saved web page (.mhtml)';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\s+/u, '');
  if (!HEADER_LINE.test(head)) throw new LoadFailure(`it is not ${what}: it does not start with MIME headers`);
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 32 });
  } catch (error) {
    throw new LoadFailure(`it is not ${what} Parallax can read (${(error as Error | undefined)?.message ?? 'unknown error'})`);
  }
  let extracted: Extracted;
  if (email.html?.trim()) extracted = await fromHtml(email.html);
  else if (email.text?.trim()) extracted = { text: email.text };
  else throw new LoadFailure(`no article text was found in it (${what} with no HTML or text part)`);

  const subject = email.subject?.trim() || undefined;
  const title = extracted.title ?? subject;
  if (title && !extracted.title) {
    extracted.title = title;
    if (!extracted.text.trimStart().startsWith(title)) extracted.text = `${title}\n\n${extracted.text}`;
  }
  const outlet =
    format === 'email'
      ? email.from?.name?.trim() || email.from?.address?.split('@')[1]
      : hostOf(header(email.headers, 'snapshot-content-location') ?? header(email.headers, 'content-location'));
  if (!extracted.source && outlet) extracted.source = outlet;
  if (!extracted.date && email.date) extracted.date = email.date;
  return { extracted, encoding: 'mime' };
}
