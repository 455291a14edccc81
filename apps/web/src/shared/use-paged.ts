import { ref, type Ref } from 'vue';
import { errorText } from './format';
import { useLoad } from './use-load';

/**
 * A list that loads its first page (`list`, as `useLoad`), then the next on request (查看更多): each page
 * appended once, items already shown (the list moved meanwhile) left out. `total` is the server's.
 */
export function usePaged<T>(
  fetchPage: (page: number) => Promise<{ items: T[]; total: number }>,
  key: (item: T) => string,
): {
  list: ReturnType<typeof useLoad<T[]>>;
  total: Ref<number>;
  loadingMore: Ref<boolean>;
  moreError: Ref<string | null>;
  loadMore: () => Promise<void>;
} {
  const total = ref(0);
  let page = 1;
  const list = useLoad<T[]>(async () => {
    page = 1;
    const first = await fetchPage(page);
    total.value = first.total;
    return first.items;
  }, []);
  const loadingMore = ref(false);
  const moreError = ref<string | null>(null);
  async function loadMore(): Promise<void> {
    if (loadingMore.value) return;
    loadingMore.value = true;
    moreError.value = null;
    try {
      const next = await fetchPage(page + 1);
      page++;
      total.value = next.total;
      const shown = new Set(list.data.value.map(key));
      list.data.value.push(...next.items.filter((i) => !shown.has(key(i))));
    } catch (e) {
      moreError.value = errorText(e);
    } finally {
      loadingMore.value = false;
    }
  }
  return { list, total, loadingMore, moreError, loadMore };
}
