import { ref, type Ref } from 'vue';
import { ElMessage, type FormInstance } from 'element-plus';
import { ApiError } from '../../shared/api/http';
import { errorText } from '../../shared/format';
import { t } from '../i18n';
import { failed } from './feedback';

/**
 * A refusal by field: the server's validation messages, the field its details name, and the
 * catalogue codes a form knows belong to one of its fields (`{ USERNAME_TAKEN: 'username' }`).
 * Empty when the error names no field (then it is said above the form or in a toast).
 */
export function fieldErrors(e: unknown, byCode: Record<string, string> = {}): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const out = { ...e.fieldErrors };
  const field = byCode[e.code];
  if (field) out[field] = e.message;
  return out;
}

/**
 * Says a refusal: when it stands by fields, one line pointing at them (each field says its own
 * reason); otherwise the server's message.
 */
export function failedAt(e: unknown, byField: Record<string, string>): void {
  if (Object.keys(byField).length)
    ElMessage({ type: 'error', message: t('dir.fieldErrors'), showClose: true, duration: 6000 });
  else failed(e);
}

/** A field's error, a nested one's too (`agenda.0.minutes` stands next to `agenda`). */
export function errorFor(errors: Record<string, string>, name: string): string {
  return Object.entries(errors).find(([k]) => k === name || k.startsWith(`${name}.`))?.[1] ?? '';
}

/**
 * A form that is checked before sending and, when the server refuses, shows its reasons next to the
 * fields (with a line above the form) and keeps what was typed.
 */
export interface ServerForm {
  formRef: Ref<FormInstance | undefined>;
  busy: Ref<boolean>;
  serverErrors: Ref<Record<string, string>>;
  failure: Ref<string | null>;
  fieldError: (name: string) => string;
  clear: () => void;
  submit: (send: () => Promise<void>) => Promise<boolean>;
}

export function useServerForm(byCode: Record<string, string> = {}): ServerForm {
  const formRef = ref<FormInstance>();
  const busy = ref(false);
  const serverErrors = ref<Record<string, string>>({});
  const failure = ref<string | null>(null);
  const clear = () => {
    serverErrors.value = {};
    failure.value = null;
  };
  /** Resolves true once `send` went through; false when the form or the server refused. */
  async function submit(send: () => Promise<void>): Promise<boolean> {
    clear();
    if (!(await formRef.value?.validate().catch(() => false))) return false;
    busy.value = true;
    try {
      await send();
      return true;
    } catch (e) {
      const byField = fieldErrors(e, byCode);
      if (Object.keys(byField).length) {
        serverErrors.value = byField;
        failure.value = t('dir.fieldErrors');
      } else failure.value = errorText(e);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return {
    formRef,
    busy,
    serverErrors,
    failure,
    fieldError: (name) => errorFor(serverErrors.value, name),
    clear,
    submit,
  };
}
