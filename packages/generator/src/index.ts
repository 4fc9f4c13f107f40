/** What the CLI uses of the generator: build generated/ and check the registry. */
export { formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { generate } from './generate.js';
export { validateRegistry } from './validate/index.js';
export {
  DIFFERENCE_KINDS,
  formatDifference,
  formatStale,
  mappingFile,
  ProviderInvalidError,
  readSpecMapping,
  resolveSpecRef,
  SpecError,
  specsDir,
  specsFor,
  verifyProvider,
  type Difference,
  type DifferenceKind,
  type VerifyResult,
} from './verify/index.js';
