/**
 * The search island: reads the query from the URL, sends it to the worker on each keystroke,
 * renders grouped results with highlighted matches and facets, announces the count in a live
 * region, keeps `?q=&kind=&level=&year=` in the URL, and moves through results by keyboard.
 */
import type { ResultGroup, SearchFilters, SearchResponse, ShownHit } from '../../lib/search/engine.ts';
import { SEARCH_KINDS, type SearchKind } from '../../lib/search/format.ts';
import { highlight } from '../../lib/search/highlight.ts';
import type { WorkerRequest, WorkerResponse } from '../../lib/search/protocol.ts';
import { localize, type LocaleLike } from '../../lib/i18n/localize.ts';
import { LANG_TAGS, type Lang } from '../../lib/i18n/locales.ts';
import type { SearchUiKey } from '../../lib/i18n/strings/search.ts';

export interface SearchClientConfig {
  readonly lang: Lang;
  /** `` for Chinese, `/en` for English. */
  readonly localePrefix: string;
  /** Path of the index root, e.g. `/search/`. */
  readonly root: string;
  readonly strings: Readonly<Record<SearchUiKey, string>>;
  readonly levels: Readonly<Record<string, string>>;
}

/** Results per kind when no kind is chosen; choosing a kind shows up to this many. */
const PER_KIND = 10;
const PER_KIND_FILTERED = 200;

interface State {
  q: string;
  filters: { kind?: SearchKind; level?: string; year?: number };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const kind = params.get('kind');
  const year = Number(params.get('year'));
  return {
    q: params.get('q') ?? '',
    filters: {
      ...(kind && (SEARCH_KINDS as readonly string[]).includes(kind) ? { kind: kind as SearchKind } : {}),
      ...(params.get('level') ? { level: params.get('level') ?? '' } : {}),
      ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    },
  };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.filters.kind) params.set('kind', state.filters.kind);
  if (state.filters.level) params.set('level', state.filters.level);
  if (state.filters.year) params.set('year', String(state.filters.year));
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

export function startSearchClient(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  const configText = app?.querySelector('[data-search-config]')?.textContent;
  const input = app?.querySelector<HTMLInputElement>('#search-q');
  const form = app?.querySelector<HTMLFormElement>('form');
  const status = app?.querySelector<HTMLElement>('[data-status]');
  const note = app?.querySelector<HTMLElement>('[data-note]');
  const facets = app?.querySelector<HTMLElement>('[data-facets]');
  const results = app?.querySelector<HTMLElement>('[data-results]');
  const browse = app?.querySelector<HTMLElement>('[data-browse]');
  if (!app || !configText || !input || !form || !status || !note || !facets || !results || !browse) return;
  const config = JSON.parse(configText) as SearchClientConfig;
  app.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');
  const s = (key: SearchUiKey, vars: Record<string, string | number> = {}) =>
    config.strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));

  const worker = new Worker(new URL('../../lib/search/worker.ts', import.meta.url), { type: 'module' });
  const send = (request: WorkerRequest) => worker.postMessage(request);
  send({ type: 'init', root: new URL(config.root, location.href).href });

  let state = readState();
  let latest = 0;
  input.value = state.q;

  const search = () => {
    latest += 1;
    if (!state.q.trim()) {
      render(undefined);
      return;
    }
    note.textContent = s('searching');
    const filters: SearchFilters = state.filters;
    send({ type: 'search', id: latest, query: state.q, filters, perKind: state.filters.kind ? PER_KIND_FILTERED : PER_KIND });
  };
  const update = (push: boolean) => {
    const url = stateUrl(state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    search();
  };

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.id !== latest) return;
    if (message.type === 'error') {
      // This query failed (an index file, after retries); the next one starts afresh.
      status.textContent = s('failed');
      note.textContent = '';
      facets.replaceChildren();
      results.replaceChildren();
      return;
    }
    render(message.response);
  });

  const text = (value: LocaleLike | null | undefined, query: string): HTMLElement => {
    const shown = localize(value, config.lang);
    const span = el('span', shown.fallback ? { lang: LANG_TAGS[shown.lang] } : {});
    for (const [part, matched] of highlight(shown.text, query)) span.append(matched ? el('mark', {}, part) : part);
    return span;
  };

  const renderHit = (hit: ShownHit, query: string): HTMLLIElement => {
    const link = el('a', { href: `${config.localePrefix}${hit.doc.path}`, 'data-result': '' });
    if (hit.doc.code) {
      const code = el('span', { class: 'result-code', lang: 'en' });
      for (const [part, matched] of highlight(hit.doc.code, query)) code.append(matched ? el('mark', {}, part) : part);
      link.append(code);
    }
    link.append(text(hit.doc.name, query));
    const item = el('li', {}, link);
    if (hit.doc.detail) item.append(el('span', { class: 'result-detail' }, text(hit.doc.detail, query)));
    return item;
  };

  const renderGroup = (group: ResultGroup, query: string): HTMLElement => {
    const id = `results-${group.kind}`;
    const section = el(
      'section',
      { class: 'result-group', 'aria-labelledby': id },
      el('h2', { id }, `${s(group.kind)} (${group.total})`),
      el('ol', {}, ...group.hits.map((h) => renderHit(h, query))),
    );
    if (group.total > group.hits.length) {
      const more = el('button', { type: 'button', class: 'show-all' }, s('showAll', { n: group.total }));
      more.addEventListener('click', () => {
        state = { ...state, filters: { ...state.filters, kind: group.kind } };
        update(true);
      });
      section.append(more);
    }
    return section;
  };

  const renderFacets = (response: SearchResponse): void => {
    facets.replaceChildren();
    const kinds = el('fieldset', { class: 'facet-kinds' }, el('legend', {}, s('kind')));
    const kindButton = (kind: SearchKind | undefined, caption: string) => {
      const button = el('button', { type: 'button', 'aria-pressed': String(state.filters.kind === kind) }, caption);
      button.addEventListener('click', () => {
        const { kind: _old, ...rest } = state.filters;
        state = { ...state, filters: kind ? { ...rest, kind } : rest };
        update(false);
      });
      kinds.append(button);
    };
    const total = response.facets.kind.reduce((sum, [, n]) => sum + n, 0);
    kindButton(undefined, `${s('all')} (${total})`);
    for (const [kind, n] of response.facets.kind) kindButton(kind as SearchKind, `${s(kind as SearchKind)} (${n})`);
    facets.append(kinds);
    const select = (name: 'level' | 'year', values: ReadonlyArray<readonly [string, number]>, caption: (v: string) => string) => {
      const current = state.filters[name];
      if (values.length === 0 && current === undefined) return;
      const id = `facet-${name}`;
      const options = [
        el('option', { value: '' }, s('all')),
        ...values.map(([v, n]) => el('option', { value: v, ...(String(current) === v ? { selected: '' } : {}) }, `${caption(v)} (${n})`)),
      ];
      const control = el('select', { id }, ...options);
      control.addEventListener('change', () => {
        const { [name]: _old, ...rest } = state.filters;
        const value = control.value;
        state = { ...state, filters: value ? { ...rest, ...(name === 'year' ? { year: Number(value) } : { level: value }) } : rest };
        update(false);
      });
      facets.append(el('div', { class: 'facet-select' }, el('label', { for: id }, s(name)), control));
    };
    select('level', response.facets.level, (v) => config.levels[v] ?? v);
    select('year', response.facets.year, (v) => v);
    facets.hidden = false;
  };

  const render = (response: SearchResponse | undefined): void => {
    if (!response) {
      status.textContent = '';
      note.textContent = '';
      facets.hidden = true;
      results.replaceChildren();
      browse.hidden = false;
      return;
    }
    // The live region speaks once per settled answer, not for the early names-only one.
    const count = response.total === 1 ? s('countOne') : s('count', { n: response.total });
    if (response.complete) status.textContent = response.total === 0 ? s('noResults', { q: response.query.slice(0, 80) }) : count;
    note.textContent = !response.complete ? s('moreText') : response.approximate ? s('approximate') : '';
    browse.hidden = response.total > 0;
    if (response.total === 0 && response.facets.kind.length === 0) facets.hidden = true;
    else renderFacets(response);
    results.replaceChildren(...response.groups.map((g) => renderGroup(g, response.query)));
  };

  // Keyboard: ↓ from the box to the first result, ↑/↓ between results, Esc back to the box.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = results.querySelector<HTMLElement>('[data-result]');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll<HTMLElement>('[data-result]')];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    } else if (at !== -1 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  });

  input.addEventListener('focus', () => send({ type: 'warm' }), { once: true });
  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    update(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value };
    update(true);
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    search();
  });
  if (state.q) search();
}
