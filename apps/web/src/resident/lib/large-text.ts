import { ref, watch } from 'vue';

const KEY = 'xs.largeText';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** 适老化: larger type and higher contrast, remembered on this phone. */
export const largeText = ref(stored());

function apply(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
}

apply(largeText.value);
watch(largeText, (on) => {
  apply(on);
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    // Private mode: the setting lasts for this visit only.
  }
});
