import { ref, type Ref } from 'vue';
import { errorText } from './format';

/** Loads data for a page: `loading`, `error` (a message for the user) and `data`; never throws. */
export function useLoad<T>(
  loader: () => Promise<T>,
  initial: T,
): {
  data: Ref<T>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  reload: () => Promise<void>;
} {
  const data = ref(initial) as Ref<T>;
  const loading = ref(false);
  const error = ref<string | null>(null);
  let generation = 0;
  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const value = await loader();
      if (mine === generation) data.value = value;
    } catch (e) {
      if (mine === generation) error.value = errorText(e);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  return { data, loading, error, reload };
}
