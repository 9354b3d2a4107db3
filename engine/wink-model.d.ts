/** The parts of wink-eng-lite-web-model that nlp.ts puts together itself: the package types only its whole model. */
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}

/** JSON as text (a bundler's `?raw` import): the core model, engine/assets/nlp-core.json. */
declare module "*.json?raw" {
  const text: string;
  export default text;
}

/** wink-nlp's own modules, which nlp.ts puts together as its winkNLP() does: the package types only winkNLP(). */
declare module "wink-nlp/src/*.js" {
  const part: unknown;
  export default part;
}
