/**
 * The IPC contract: every channel between the renderer and the main process, with its argument and
 * result types. Main, preload and renderer all take their types from here.
 */
import { z } from 'zod';
import type { Span } from '../engine/text';
import { MARK_CATEGORIES, type MarkCategory } from '../engine/types';
import { REPORT_FORMATS, type ReportFormat } from '../report/format';
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, MAX_OPEN_ARTICLES, MAX_TEXT_CHARS, MAX_VIEW_STATE_CHARS } from './limits';
import { reportComparisonSchema, type ReportComparison } from './report-schema';

/** Formats Parallax reads. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'pdf' | 'docx' | 'mhtml' | 'email';

/** An article file as main loaded and decoded it. */
export interface LoadedArticle {
  /** Stable for a given absolute path. */
  id: string;
  /** Absolute path on disk. */
  file: string;
  /** File name shown to the reader. */
  name: string;
  format: ArticleFormat;
  /** Encoding the bytes were decoded from, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string;
  /** The headline. */
  title: string;
  /** The outlet (site name, publisher, front matter or JSON `source`). */
  source?: string;
  /** The byline. */
  author?: string;
  /** The publication date as the file gives it. */
  date?: string;
  /** The article text every offset refers to. */
  text: string;
  paragraphs: Span[];
  /** Index of the paragraph that is the headline, or -1. */
  headline: number;
  wordCount: number;
  bytes: number;
}

/** A file that could not be opened, and why, in words a reader understands. */
export interface LoadError {
  file: string;
  name: string;
  reason: string;
}

/** What an open request produced: the files that loaded and the ones that did not. */
export interface LoadResult {
  articles: LoadedArticle[];
  errors: LoadError[];
}

/** What the window opens with, and the view state saved with that set (null when there is none). */
export interface InitialArticles extends LoadResult {
  view: unknown;
  /** Articles in the set before files given at launch joined it (0: none), for "Restore previous set". */
  previousSet: number;
  /** True when the set is the sample set the app opens with when it has nothing else. */
  sample?: boolean;
}

/** The renderer's open set, as article ids in column order, and its view state. */
export interface SessionUpdate {
  articleIds: string[];
  view: unknown;
}

/** A dropped file as the preload sees it: its path on disk ('' when it has none) and its name. */
export interface DroppedFile {
  path: string;
  name: string;
}

/** What the reader pasted: the clipboard's HTML when it has some, and its plain text. */
export interface PastedClip {
  html?: string;
  text: string;
}

/** Formats a comparison report can be exported in (defined with the reports). */
export { REPORT_FORMATS, type ReportFormat };

/** Framing-mark categories, in the legend's order. */
export { MARK_CATEGORIES };

/** The comparison a report is made from, without per-sentence tokens. */
export type { ReportAnalysis, ReportComparison } from './report-schema';

/** An open article as a report shows it: what the window holds (main adds the file it was loaded from). */
export interface ExportArticle {
  id: string;
  name: string;
  title: string;
  text: string;
  wordCount: number;
  source?: string;
  date?: string;
  /** The name the reader gave the column (double-click or F2), which reports use instead of the outlet's. */
  label?: string;
}

/**
 * What the renderer asks to export: what the reader sees. The comparison the window shows (of the visible
 * columns, in their order) and those articles, so main writes the report without reading or analysing
 * anything again.
 */
export interface ExportRequest {
  /** The format the Save dialog offers first. */
  format: ReportFormat;
  /** The visible columns' articles, in column order. */
  articles: ExportArticle[];
  /** The comparison of exactly those articles, in the same order. */
  comparison: ReportComparison;
  /** The mark categories the reader has switched on; all when absent. */
  categories?: MarkCategory[];
}

/** A report that was written. */
export interface ExportResult {
  file: string;
}

/** Request/response channels (renderer → main, `ipcRenderer.invoke`). */
export interface Invoke {
  /** The set the window had, else the command-line files, else the saved session, else the sample set. */
  'articles:initial': () => InitialArticles;
  /** Shows the multi-select Open dialog and loads the chosen files. */
  'articles:open-dialog': () => LoadResult;
  /** Loads files the reader dropped on the window. */
  'articles:open-dropped': (files: DroppedFile[]) => LoadResult;
  /** Makes an article of what the reader pasted ("Pasted 1", "Pasted 2"…), kept in the app's data folder. */
  'articles:paste': (clip: PastedClip) => LoadResult;
  /** Shows the Save dialog and writes a report of the given articles; null when the reader cancelled. */
  'report:export': (request: ExportRequest) => ExportResult | null;
  /** Saves the open set and view state; resolves once they are on disk. */
  'session:update': (update: SessionUpdate) => { saved: true };
  /** Swaps the open set for the previous one (saved, so the window reloads into it); false when there is none. */
  'session:restore-previous': () => { restored: boolean };
  /** The analysis of this article was stopped because it did not finish: do not reopen it at the next start. */
  'session:analysis-stopped': (articleId: string) => { saved: true };
  /** The page listens to every event: main sends what it held back (files opened, Export asked for) while it loaded. */
  'window:ready': () => null;
}

/** Events main sends to the renderer (`webContents.send`). */
export interface Events {
  /** Files opened from the menu or by a second launch with file arguments. */
  'articles:loaded': LoadResult;
  /** File › Export… was chosen in the menu. */
  'report:export-requested': null;
  /** Help › Keyboard and Marks was chosen in the menu. */
  'help:show-requested': null;
}

export type InvokeChannel = keyof Invoke;
export type EventChannel = keyof Events;

/** The envelope every invoke result travels in. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };


const articleId = z.string().regex(/^[0-9a-f]{12}$/u, 'article ids are 12 hex digits');

/** zod schemas for each channel's arguments, checked in main before a handler runs. */
export const argumentSchemas = {
  'articles:initial': z.tuple([]),
  'window:ready': z.tuple([]),
  'articles:open-dialog': z.tuple([]),
  'articles:open-dropped': z.tuple([
    z
      .array(z.object({ path: z.string().max(4096), name: z.string().max(1024) }).strict())
      .max(MAX_FILES_PER_REQUEST),
  ]),
  'articles:paste': z.tuple([
    z.object({ html: z.string().max(MAX_FILE_BYTES).optional(), text: z.string().max(MAX_TEXT_CHARS) }).strict(),
  ]),
  'report:export': z.tuple([
    z
      .object({
        format: z.enum(REPORT_FORMATS),
        articles: z
          .array(
            z
              .object({
                id: articleId,
                name: z.string().max(1024),
                title: z.string().max(MAX_TEXT_CHARS),
                text: z.string().max(MAX_TEXT_CHARS),
                wordCount: z.number().int().min(0),
                source: z.string().max(MAX_TEXT_CHARS).optional(),
                date: z.string().max(MAX_TEXT_CHARS).optional(),
                label: z.string().min(1).max(200).optional(),
              })
              .strict(),
          )
          .min(1, 'there is nothing to export: open some articles first')
          .max(MAX_OPEN_ARTICLES),
        comparison: reportComparisonSchema,
        categories: z.array(z.enum(MARK_CATEGORIES)).max(MARK_CATEGORIES.length).optional(),
      })
      .strict()
      .refine(
        (r) => r.comparison.articles.length === r.articles.length && r.comparison.articles.every((a, i) => a.id === r.articles[i]!.id),
        'the comparison is not of the articles sent with it',
      )
      .refine((r) => new Set(r.articles.map((a) => a.id)).size === r.articles.length, 'an article is sent twice'),
  ]),
  'session:update': z.tuple([
    z
      .object({
        articleIds: z.array(z.string().regex(/^[0-9a-f]{12}$/u, 'article ids are 12 hex digits')).max(MAX_OPEN_ARTICLES),
        view: z.unknown().refine((v) => (JSON.stringify(v ?? null)?.length ?? 0) <= MAX_VIEW_STATE_CHARS, 'the view state is too large'),
      })
      .strict(),
  ]),
  'session:restore-previous': z.tuple([]),
  'session:analysis-stopped': z.tuple([z.string().regex(/^[0-9a-f]{12}$/u, 'article ids are 12 hex digits')]),
} satisfies { [C in InvokeChannel]: z.ZodType<Parameters<Invoke[C]>> };
