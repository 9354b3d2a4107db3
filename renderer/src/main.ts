import { mount } from 'svelte';
import App from './App.svelte';
import { Library } from './state/library.svelte';
import { Analysis, type WorkerLike } from './state/analysis.svelte';
import AnalysisWorker from './workers/analysis.worker.ts?worker';
import { fetchAssetFiles, giveAssetsTo } from './workers/assets';
import { View } from './state/view.svelte';
import { Exporter } from './state/export.svelte';
import { MARK_CATEGORIES } from '../../engine/types';
import './app.css';

const library = new Library(window.api);
// the engine's asset files are fetched at once, while the worker's script is read, and given to each worker started
const assetFiles = fetchAssetFiles();
const startWorker = (): WorkerLike => {
  const worker = new AnalysisWorker();
  giveAssetsTo(worker, assetFiles);
  return worker as unknown as WorkerLike;
};
const analysis = new Analysis(startWorker, {
  onstopped: ({ ids, label, reason }) => {
    library.notify({ file: '', name: label, reason, action: 'could not be analysed' });
    library.analysisStopped(ids);
  },
});
// the worker loads while the page mounts and the first files are read
analysis.prepare();
const view = new View();
const exporter = new Exporter(window.api, library, (articles) => analysis.of(articles), {
  columns: () => view.visible(library.articles.map((a) => a.id)),
  categories: () => MARK_CATEGORIES.filter((c) => view.state.categories[c]),
  nameOf: (id) => view.nameOf(id),
});
mount(App, { target: document.getElementById('app')!, props: { library, analysis, view, onexport: () => void exporter.run(), exported: () => exporter.last?.file ?? null, exporting: () => exporter.exporting, helpRequests: (show: () => void) => window.api.onHelpRequested(show) } });
exporter.start();
// The last change is sent before the window goes (quit, close, reload); main waits for it to be written.
window.addEventListener('pagehide', () => library.flush());
void library.start().then(() => {
  view.restore(library.restoredView);
  // Every listener is in place and the first set is shown: main sends what it held back meanwhile.
  void window.api.ready();
});
