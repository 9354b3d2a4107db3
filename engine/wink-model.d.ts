/** The parts of wink-eng-lite-web-model that nlp.ts puts together itself: the package types only its whole model. */
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}

/** JSON as text (a bundler's `?raw` import): engine/assets/word-senses.json. */
declare module "*.json?raw" {
  const text: string;
  export default text;
}

/** An asset's text (a bundler's `?raw` import): engine/assets/*.txt, read by asset-text.ts. */
declare module "*.txt?raw" {
  const text: string;
  export default text;
}

/** wink-nlp's own modules, which nlp.ts puts together as its winkNLP() does: the package types only winkNLP(). */
declare module "wink-nlp/src/*.js" {
  const part: unknown;
  export default part;
}
