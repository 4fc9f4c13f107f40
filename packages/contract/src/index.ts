/**
 * The contract every layer shares and that imports nothing of ours: the routing table's shape,
 * the placeholder grammar, field paths, reserved paths, header names, paging styles and the
 * gateway's error catalogue.
 */
export * from './route-table.js';
export * from './catalog.js';
export * from './templates.js';
export * from './reserved-paths.js';
export * from './suggest.js';
export * from './errors.js';
export * from './operation.js';
export * from './auth-methods.js';
