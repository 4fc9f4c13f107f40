// A module-resolution hook for the CLI: ESM code that imports the TypeScript compiler
// (openapi-typescript does) gets it through require() instead. Node's ESM loader scans a
// CommonJS module's whole source for its export names before it can import it; for
// TypeScript's 9 MB that scan alone takes half a second on every run. Only the default
// export is offered, which is how openapi-typescript imports it.
const SHIM = 'switchboard-shim:typescript';

export async function resolve(specifier, context, next) {
  if (specifier === 'typescript' && context.parentURL?.startsWith('file:')) {
    const real = await next(specifier, context);
    return { url: `${SHIM}?${encodeURIComponent(real.url)}`, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith(`${SHIM}?`)) {
    const real = decodeURIComponent(url.slice(SHIM.length + 1));
    return {
      format: 'module',
      shortCircuit: true,
      source: `import { createRequire } from 'node:module';\nexport default createRequire(${JSON.stringify(real)})(${JSON.stringify(new URL(real).pathname)});\n`,
    };
  }
  return next(url, context);
}
