/** What the CLI uses of the generator: build generated/ and check the registry. */
export { formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { generate } from './generate.js';
export { validateRegistry } from './validate/index.js';
