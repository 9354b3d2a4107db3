/// <reference lib="webworker" />
// first: the engine's assets are fetched while the engine's modules below are compiled and run
import { assetFiles } from './assets';
import { giveAssets, prepare } from '../../../engine/index';
import { answer } from './answer';
import type { AnalysisRequest, WorkerMessage } from './protocol';

// the models the first request needs are read as soon as their files are, while the app starts and reads its first
// files; a model that cannot be read is read again by that request, whose answer says why
const ready = assetFiles.then((files) => {
  giveAssets(files);
  try {
    prepare();
  } catch {
    // reported by the first request
  }
});
const post = (message: WorkerMessage) => self.postMessage(message);
// requests are answered in the order they came, once the assets are in; an asset that could not be read fails each
self.onmessage = (event: MessageEvent<AnalysisRequest>) =>
  void ready.then(
    () => answer(event.data, post),
    (error: unknown) =>
      post({
        id: event.data.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
