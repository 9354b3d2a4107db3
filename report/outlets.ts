/**
 * Names for articles as a reader knows them: the outlet the loader read from the file, else a tidy name
 * made from the file name ("left.txt" → "Left", "000_b633181b32e3410d.txt" → "Article 000"), made unique
 * within a set. Pure, shared by the app and every report, so no internal id is ever shown.
 */

/** The fields an outlet name is made from. */
export interface Nameable {
  id: string;
  /** File name. */
  name: string;
  /** The outlet as the file names it (site name, publisher, front matter, JSON `source`). */
  source?: string | undefined;
  /** The name the reader gave the article in the app (a renamed column); it wins over every other. */
  label?: string | undefined;
}

/** A readable name from a file name: extension, hashes and separators gone, words capitalised. */
export function tidyFileName(name: string): string {
  const bare = name
    .split(/[\\/]/u)
    .pop()!
    .replace(/\.[a-z0-9]{1,5}$/iu, '');
  // Long hex runs are content hashes or ids, never part of a name a reader knows.
  const words = bare.split(/[\s_\-.]+/u).filter((w) => w && !(/^[0-9a-f]{8,}$/iu.test(w) && /\d/u.test(w)));
  if (words.length === 0) return 'Article';
  if (words.every((w) => /^\d+$/u.test(w))) return `Article ${words.join(' ')}`;
  const text = words.map((w) => (/^[a-z]/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The outlet name of one article: the reader's name for it, else its source, else the tidy file name. */
export function outletName(article: Pick<Nameable, 'name' | 'source' | 'label'>): string {
  const label = article.label?.replace(/\s+/gu, ' ').trim();
  if (label) return label;
  const source = article.source?.replace(/\s+/gu, ' ').trim();
  return source ? (source.length > 60 ? `${source.slice(0, 59)}…` : source) : tidyFileName(article.name);
}

/** Outlet names for a set, by article id, made unique ("CNN", "CNN 2") in the set's order. */
export function outletNames(articles: readonly Nameable[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const a of articles) {
    const base = outletName(a);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    used.add(name.toLowerCase());
    out.set(a.id, name);
  }
  return out;
}

/** Text that may name articles by id (the engine's contradiction reasons), with each id replaced by its outlet. */
export function withOutletNames(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [id, name] of names) out = out.split(id).join(name);
  return out;
}
