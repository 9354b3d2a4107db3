import type { ExportResult, ReportFormat } from '../../../electron/contract';
import type { Api } from '../../../electron/preload/api';
import type { Library } from './library.svelte';

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
  #columns: () => string[];

  /** `columns` gives the ids of the columns the reader sees, in their order: what a report shows. */
  constructor(api: Api, library: Library, columns: () => string[] = () => library.articles.map((a) => a.id)) {
    this.#api = api;
    this.#library = library;
    this.#columns = columns;
  }

  /** Listens for File › Export… in the menu; returns an unsubscribe. */
  start(): () => void {
    return this.#api.onExportRequested(() => void this.run());
  }

  /** Asks main to export the columns the reader sees, in their order; the Save dialog offers `format` first. */
  async run(format: ReportFormat = 'html'): Promise<void> {
    if (this.busy) return;
    const articleIds = this.#columns();
    if (articleIds.length === 0) return this.#fail('there is nothing to export: open some articles first');
    this.busy = true;
    this.error = null;
    try {
      const result = await this.#api.exportReport({ format, articleIds });
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
    this.#library.add({ articles: [], errors: [{ file: '', name: 'The report', reason: message.replace(/\.$/u, '') }] });
  }
}
