/**
 * What a generated client knows about one operation, and the paging styles a list can use:
 * the generator writes these as data, the SDK's binder reads them.
 */

/** What a generated method knows about its endpoint. */
export interface Route {
  method: string;
  path: string; // with {param} placeholders
  body?: string; // request content type
  binary?: boolean; // answer is not JSON: data is a Blob
  comma?: string[]; // array query parameters written comma-separated
  graphql?: { document: string; operationName?: string };
  paging?: Paging;
}

export type Paging =
  | { style: 'cursor'; cursorParam: string; nextCursor: string; hasMore?: string; in?: 'query' | 'body' }
  | { style: 'offset'; offsetParam: string; limitParam: string; items?: string; total?: string; firstOffset?: number; in?: 'query' | 'body' }
  | { style: 'page'; pageParam: string; firstPage?: number; items?: string; totalPages?: string; in?: 'query' | 'body' }
  | { style: 'link' }
  | { style: 'url'; nextUrl: string };
