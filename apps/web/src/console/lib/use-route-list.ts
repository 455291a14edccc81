import { reactive, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import type { Page } from '../../shared/api/client';
import { errorText } from '../../shared/format';

export interface ListQuery {
  page: number;
  pageSize: number;
  /** `field` ascending, `-field` descending, '' the server's default order. */
  sort: string;
}

/** What a list view needs of a `useRouteList` (its rows, states and pager). */
export interface RouteList<T> {
  query: Ref<ListQuery>;
  data: Ref<Page<T>>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  reload: () => Promise<void>;
  setPage: (page: number) => Promise<void>;
  setPageSize: (size: number) => Promise<void>;
}

const str = (v: LocationQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/**
 * A list whose filters, page, page size and sort live in the URL (a link can be shared, Back works):
 * the form edits `filters`, `apply()` writes them to the URL, and every URL change loads the list.
 */
export function useRouteList<F extends Record<string, string>, T>(opts: {
  defaults: F;
  pageSize?: number;
  load: (q: F & ListQuery) => Promise<Page<T>>;
}): {
  filters: F;
  query: Ref<F & ListQuery>;
  data: Ref<Page<T>>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  reload: () => Promise<void>;
  apply: () => Promise<void>;
  reset: () => Promise<void>;
  setPage: (page: number) => Promise<void>;
  setPageSize: (size: number) => Promise<void>;
  onSort: (e: { prop: string | null; order: 'ascending' | 'descending' | null }) => Promise<void>;
  sortOrder: (prop: string) => 'ascending' | 'descending' | null;
} {
  const route = useRoute();
  const router = useRouter();
  const defaultSize = opts.pageSize ?? 20;

  function fromUrl(q: LocationQuery): F & ListQuery {
    const f = { ...opts.defaults } as Record<string, string>;
    for (const k of Object.keys(opts.defaults)) if (q[k] !== undefined) f[k] = str(q[k]);
    return {
      ...(f as F),
      page: Math.max(1, Number(str(q.page)) || 1),
      pageSize: Math.min(100, Math.max(1, Number(str(q.pageSize)) || defaultSize)),
      sort: str(q.sort),
    };
  }
  const query = ref(fromUrl(route.query)) as Ref<F & ListQuery>;
  const filters = reactive({ ...opts.defaults }) as F;
  const syncForm = () => {
    for (const k of Object.keys(opts.defaults)) (filters as Record<string, string>)[k] = query.value[k];
  };
  syncForm();

  const data = ref({ items: [], total: 0 }) as Ref<Page<T>>;
  const loading = ref(false);
  const error = ref<string | null>(null);
  let generation = 0;
  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const r = await opts.load(query.value);
      if (mine === generation) data.value = r;
    } catch (e) {
      if (mine === generation) error.value = errorText(e);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Writes a query to the URL, leaving out defaults so links stay short. */
  async function push(next: F & ListQuery): Promise<void> {
    const q: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) {
      if (k === 'page' && Number(v) === 1) continue;
      if (k === 'pageSize' && Number(v) === defaultSize) continue;
      if (v === '' || v === undefined || v === null) continue;
      if (k in opts.defaults && v === (opts.defaults as Record<string, string>)[k]) continue;
      q[k] = String(v);
    }
    const keep = Object.fromEntries(
      Object.entries(route.query).filter(([k]) => !(k in next) && k !== 'page' && k !== 'pageSize'),
    );
    await router.push({ query: { ...keep, ...q } });
  }

  const path = route.path;
  watch(
    () => route.query,
    (q, old) => {
      // Leaving the page, or a change that is no change: nothing to load.
      if (route.path !== path || JSON.stringify(q) === JSON.stringify(old)) return;
      query.value = fromUrl(q);
      syncForm();
      void reload();
    },
  );

  return {
    filters,
    query,
    data,
    loading,
    error,
    reload,
    apply: () => push({ ...query.value, ...filters, page: 1 }),
    reset: () => push({ ...opts.defaults, page: 1, pageSize: query.value.pageSize, sort: '' }),
    setPage: (page) => push({ ...query.value, page }),
    setPageSize: (pageSize) => push({ ...query.value, pageSize, page: 1 }),
    onSort: ({ prop, order }) =>
      push({
        ...query.value,
        page: 1,
        sort: prop && order ? `${order === 'descending' ? '-' : ''}${prop}` : '',
      }),
    sortOrder: (prop) =>
      query.value.sort === prop ? 'ascending' : query.value.sort === `-${prop}` ? 'descending' : null,
  };
}
