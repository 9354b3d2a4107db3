/** The parts of wink-eng-lite-web-model that nlp.ts puts together itself: the package types only its whole model. */
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}

/** The core model's JSON as text (a bundler's `?raw` import). */
declare module "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json?raw" {
  const text: string;
  export default text;
}
