import type { ExportResult, ReportFormat } from '../../../electron/contract';
import type { MarkCategory } from '../../../engine/types';
import type { Api } from '../../../electron/preload/api';
import type { Library } from './library.svelte';

/** What the reader sees: the ids of the visible columns in their order, and the mark categories switched on. */
export interface Shown {
  columns: () => string[];
  categories: () => MarkCategory[] | undefined;
}

/** Exporting the open articles as a report; problems go to the library's notices. */
export class Exporter {
  /** True while the Save dialog is up or the report is being written. */
  busy = $state(false);
  /** The last report written, or null. */
  last = $state.raw<ExportResult | null>(null);
  /** Why the last export failed, or null. */
  error = $state<string | null>(null);

  #api: Api;
  #library: Library;
  #shown: Shown;

  /** `shown` says what the reader sees (columns in their order, mark categories on): what a report shows. */
  constructor(api: Api, library: Library, shown: Partial<Shown> = {}) {
    this.#api = api;
    this.#library = library;
    this.#shown = { columns: () => library.articles.map((a) => a.id), categories: () => undefined, ...shown };
  }

  /** Listens for File › Export… in the menu; returns an unsubscribe. */
  start(): () => void {
    return this.#api.onExportRequested(() => void this.run());
  }

  /** Asks main to export the columns the reader sees, in their order; the Save dialog offers `format` first. */
  async run(format: ReportFormat = 'html'): Promise<void> {
    if (this.busy) return;
    const articleIds = this.#shown.columns();
    if (articleIds.length === 0) return this.#fail('there is nothing to export: open some articles first');
    this.busy = true;
    this.error = null;
    try {
      const categories = this.#shown.categories();
      const result = await this.#api.exportReport(categories ? { format, articleIds, categories } : { format, articleIds });
      if (!result.ok) return this.#fail(result.error);
      if (!result.value) return;
      this.last = result.value;
      const { skipped } = result.value;
      if (skipped.length) {
        this.#library.add({ articles: [], errors: skipped.map((e) => ({ ...e, reason: `${e.reason}; it was left out of the report` })) });
      }
    } catch (error) {
      this.#fail(String(error));
    } finally {
      this.busy = false;
    }
  }

  #fail(message: string): void {
    this.error = message;
    this.#library.notify({ file: '', name: 'Export', reason: message.replace(/\.$/u, ''), action: 'failed' });
  }
}
