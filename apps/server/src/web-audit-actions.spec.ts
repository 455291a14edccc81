import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { adminEn } from '../../web/src/console/i18n/admin.en';
import { adminZhHans as adminZh } from '../../web/src/console/i18n/admin.zh-Hans';

/**
 * The audit log shows each action by its name in the reader's language (登录, not auth.login). Every
 * action the server writes by name must have one, so a new action cannot reach the log unnamed.
 */
describe('the audit log names every action the server records', () => {
  function actionsInSource(): Set<string> {
    const root = path.resolve(__dirname, '../../../libs');
    const found = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) {
          const text = readFileSync(p, 'utf8');
          // audit.by(principal, 'code', …) and audit.record({ action: 'code', … })
          for (const m of text.matchAll(/audit\.by\(\s*[\w.]+,\s*'([a-z_.]+)'/g)) found.add(m[1]);
          if (text.includes('audit.record('))
            for (const m of text.matchAll(/\baction: '([a-z_.]+)'/g)) found.add(m[1]);
        }
      }
    };
    walk(root);
    return found;
  }

  it('in Chinese and in English', () => {
    const actions = actionsInSource();
    expect(actions.size).toBeGreaterThan(40);
    expect(actions).toContain('auth.login');
    const missing = [...actions].filter(
      (a) => !(`audit.act.${a}` in adminZh) || !(`audit.act.${a}` in adminEn),
    );
    expect(missing).toEqual([]);
  });
});
