import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { errorText } from '../../shared/format';
import { t } from '../i18n';

/** A short confirmation that something was done. */
export function done(message: string): void {
  ElMessage({ type: 'success', message, showClose: true });
}

/** A failure said in words the user understands (the server's message when it has one). */
export function failed(e: unknown): void {
  ElMessage({ type: 'error', message: errorText(e), showClose: true, duration: 6000 });
}

/** Asks before an action that cannot be undone; resolves false when the user backs out. */
export async function confirm(message: string, title?: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title ?? t('common.confirm'), {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      type: 'warning',
    });
    return true;
  } catch {
    return false;
  }
}

/** Asks for a required text (a reason); null when the user backs out. */
export async function askReason(message: string, title: string, maxLength = 500): Promise<string | null> {
  try {
    const r = await ElMessageBox.prompt(message, title, {
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
      inputType: 'textarea',
      inputValidator: (v: string) => (!!v?.trim() && v.length <= maxLength) || t('form.required'),
    });
    return (r as { value: string }).value.trim();
  } catch {
    return null;
  }
}
