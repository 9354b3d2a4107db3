import type { ExportResult, LoadedArticle, ReportFormat } from '../../../electron/contract';
import type { Comparison, MarkCategory } from '../../../engine/types';
import type { Api } from '../../../electron/preload/api';
import type { Library } from './library.svelte';
import { forReport } from './report-payload';

/** What the reader sees: the ids of the visible columns in their order, and the mark categories switched on. */
export interface Shown {
  columns: () => string[];
  categories: () => MarkCategory[] | undefined;
  /** The name the reader gave a column, if any: reports name the article so. */
  nameOf: (id: string) => string | undefined;
}

/** The comparison of exactly these articles, in this order (the window's own when it has it). */
export type ComparisonOf = (articles: readonly LoadedArticle[]) => Promise<Comparison>;

/** Exporting what the reader sees as a report; problems go to the library's notices. */
export class Exporter {
  /** True while the Save dialog is up or the report is being written. */
  busy = $state(false);
  /** How many articles the running export holds; 0 when none runs. */
  exporting = $state(0);
  /** The last report written, or null. */
  last = $state.raw<ExportResult | null>(null);
  /** Why the last export failed, or null. */
  error = $state<string | null>(null);

  #api: Api;
  #library: Library;
  #comparisonOf: ComparisonOf;
  #shown: Shown;

  /**
   * `comparisonOf` gives the comparison the report is made of (main writes it without analysing again);
   * `shown` says what the reader sees (columns in their order, mark categories on): what a report shows.
   */
  constructor(api: Api, library: Library, comparisonOf: ComparisonOf, shown: Partial<Shown> = {}) {
    this.#api = api;
    this.#library = library;
    this.#comparisonOf = comparisonOf;
    this.#shown = { columns: () => library.articles.map((a) => a.id), categories: () => undefined, nameOf: () => undefined, ...shown };
  }

  /** Listens for File › Export… in the menu; returns an unsubscribe. */
  start(): () => void {
    return this.#api.onExportRequested(() => void this.run());
  }

  /** Sends main the columns the reader sees, in their order, with their comparison; the Save dialog offers `format` first. */
  async run(format: ReportFormat = 'html'): Promise<void> {
    if (this.busy) return;
    // A local lookup for this call, not reactive state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byId = new Map(this.#library.articles.map((a) => [a.id, a]));
    const shown = this.#shown
      .columns()
      .map((id) => byId.get(id))
      .filter((a): a is LoadedArticle => a !== undefined);
    if (shown.length === 0) return this.#fail('there is nothing to export: open some articles first');
    this.busy = true;
    this.exporting = shown.length;
    this.error = null;
    try {
      const comparison = forReport(await this.#comparisonOf(shown));
      const articles = shown.map(({ id, name, title, text, wordCount, source, date }) => {
        const label = this.#shown.nameOf(id)?.trim();
        return {
          id,
          name,
          title,
          text,
          wordCount,
          ...(source !== undefined ? { source } : {}),
          ...(date !== undefined ? { date } : {}),
          ...(label ? { label } : {}),
        };
      });
      const categories = this.#shown.categories();
      const result = await this.#api.exportReport({ format, articles, comparison, ...(categories ? { categories } : {}) });
      if (!result.ok) return this.#fail(result.error);
      if (result.value) this.last = result.value;
    } catch (error) {
      this.#fail(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
      this.exporting = 0;
    }
  }

  #fail(message: string): void {
    this.error = message;
    this.#library.notify({ file: '', name: 'Export', reason: message.replace(/\.$/u, ''), action: 'failed' });
  }
}
