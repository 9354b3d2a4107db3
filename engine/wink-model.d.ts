/** The parts of wink-eng-lite-web-model that nlp.ts puts together itself: the package types only its whole model. */
declare module "wink-eng-lite-web-model/dist/*.js" {
  const part: unknown;
  export default part;
}
