/// <reference lib="webworker" />
import { prepare } from '../../../engine/index';
import { answer } from './answer';
import type { AnalysisRequest } from './protocol';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => answer(event.data, (message) => self.postMessage(message));
// the models the first request needs are read now, while the app starts and reads its first files; a model that
// cannot be read is read again by that request, whose answer says why
setTimeout(() => {
  try {
    prepare();
  } catch {
    // reported by the first request
  }
}, 0);
