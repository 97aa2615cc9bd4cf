/** Messages between the search page and its worker. */
import type { SearchFilters, SearchResponse } from './engine.ts';

export interface SearchRequest {
  readonly type: 'search';
  /** Increasing per page; answers to older ids are dropped by the page. */
  readonly id: number;
  readonly query: string;
  readonly filters: SearchFilters;
  readonly perKind: number;
}

/** Sent on first focus of the search box: fetch the manifest before the first keystroke. */
export interface WarmRequest {
  readonly type: 'warm';
}

export interface InitRequest {
  readonly type: 'init';
  /** Absolute URL of the index root, e.g. `https://example.org/search/`. */
  readonly root: string;
}

export type WorkerRequest = InitRequest | WarmRequest | SearchRequest;

export type WorkerResponse =
  | { readonly type: 'result'; readonly id: number; readonly response: SearchResponse }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
