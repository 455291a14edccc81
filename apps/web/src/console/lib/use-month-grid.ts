import { computed, ref, watch, type ComputedRef, type Ref, type WatchSource } from 'vue';
import type { Page } from '../../shared/api/client';
import { addDays, beijingDate, errorText, weekdayIndex } from '../../shared/format';

/** Whole weeks (Monday first) covering the month of `day` (`YYYY-MM-DD` or `YYYY-MM`), as Beijing days. */
export function monthDays(day: string): string[] {
  const first = `${day.slice(0, 7)}-01`;
  const [y, m] = first.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const end = addDays(last, 6 - weekdayIndex(last));
  const out: string[] = [];
  for (let d = addDays(first, -weekdayIndex(first)); d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The week (Monday to Sunday) of `day`. */
export function weekDays(day: string): string[] {
  const start = addDays(day, -weekdayIndex(day));
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The first day (`YYYY-MM-DD`) of the month `n` months from the month of `day`. */
export function shiftMonth(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}

/**
 * What a calendar grid shows: the items of its days, fetched in pages of 100 (up to `limit`) whenever
 * `sources` change, grouped by Beijing day. `total` is what the server has, which may exceed what was fetched.
 * When the month or a filter changes, the old items go at once (they are not the new grid's), and an
 * answer overtaken by a later load is dropped, so paging quickly never shows one month's items on another.
 */
export function useMonthGrid<T>(opts: {
  days: () => string[];
  fetchPage: (from: string, to: string, page: number) => Promise<Page<T>>;
  dateOf: (item: T) => string;
  sources: WatchSource[];
  limit?: number;
}): {
  days: ComputedRef<string[]>;
  items: Ref<T[]>;
  total: Ref<number>;
  byDay: ComputedRef<Map<string, T[]>>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  today: string;
  load: () => Promise<void>;
} {
  const limit = opts.limit ?? 2000;
  const days = computed(opts.days);
  const items = ref([]) as Ref<T[]>;
  const total = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let generation = 0;
  async function load(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const got: T[] = [];
      let count = 0;
      const range = days.value;
      for (let page = 1; got.length < limit; page++) {
        const r = await opts.fetchPage(range[0], range[range.length - 1], page);
        if (mine !== generation) return;
        got.push(...r.items);
        count = r.total;
        if (got.length >= r.total || !r.items.length) break;
      }
      items.value = got;
      total.value = count;
    } catch (e) {
      if (mine === generation) error.value = errorText(e);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  // Another month or filter: what is on screen belongs to the old one. A reload of the same keeps it.
  watch(
    opts.sources,
    () => {
      items.value = [];
      total.value = 0;
      void load();
    },
    { immediate: true },
  );
  const byDay = computed(() => {
    const m = new Map<string, T[]>();
    for (const x of items.value) {
      const d = opts.dateOf(x);
      m.set(d, [...(m.get(d) ?? []), x]);
    }
    return m;
  });
  return { days, items, total, byDay, loading, error, today: beijingDate(new Date()), load };
}
