// Types for the openapi-typescript modules generator/emit/types.ts imports directly (the
// package publishes types for its entry only; these are the same functions).
declare module 'openapi-typescript/dist/lib/ts.mjs' {
  export { astToString } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/lib/utils.mjs' {
  export { resolveRef, scanDiscriminators } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/transform/index.mjs' {
  import { transformSchema } from 'openapi-typescript';
  export default transformSchema;
}
