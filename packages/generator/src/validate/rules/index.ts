/**
 * The semantic rules, in the order they run: each in its own file, with its malformed
 * fixtures in test/generator/validate/rules/<name>/. Rules that mark variables used come
 * before unused-variables, which must stay last.
 */
import { appName } from './app-name.js';
import { authMethods } from './auth-methods.js';
import { connectionModes } from './connection-modes.js';
import { endpointIds } from './endpoint-ids.js';
import { endpointPagination } from './endpoint-pagination.js';
import { endpointRoutes } from './endpoint-routes.js';
import { graphqlDocuments } from './graphql-documents.js';
import { headerAndQueryTemplates } from './header-and-query-templates.js';
import { jsonSchemas } from './json-schemas.js';
import { parameterSpecs } from './parameter-specs.js';
import { pathParameters } from './path-parameters.js';
import { pathSegments } from './path-segments.js';
import { requestBodies } from './request-bodies.js';
import type { Rule } from './rule.js';
import { unusedVariables } from './unused-variables.js';
import { upstreamPlaceholders } from './upstream-placeholders.js';
import { variableSources } from './variable-sources.js';
import { yaml11 } from './yaml-1-1.js';
import { verifyAllowList } from './verify-allow-list.js';

export type { Path, Report, Rule, RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [
  appName,
  upstreamPlaceholders,
  variableSources,
  authMethods,
  headerAndQueryTemplates,
  endpointIds,
  endpointRoutes,
  pathParameters,
  pathSegments,
  requestBodies,
  jsonSchemas,
  graphqlDocuments,
  parameterSpecs,
  endpointPagination,
  connectionModes,
  yaml11,
  verifyAllowList,
  unusedVariables,
];
