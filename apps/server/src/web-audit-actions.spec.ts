import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { adminEn } from '../../web/src/console/i18n/admin.en';
import { adminZhHans as adminZh } from '../../web/src/console/i18n/admin.zh-Hans';

/**
 * The audit log shows each action by its name in the reader's language (登录, not auth.login). Every
 * action the server writes by name must have one, so a new action cannot reach the log unnamed.
 */
/** The values of the actions written from a template (their types in the code that writes them). */
const TEMPLATE_VALUES: Record<string, string[]> = {
  'session.': ['publish', 'cancel', 'start', 'end', 'conclude'], // Transition, session-rules.ts
  'export.suggestions.': ['xlsx', 'csv'], // TableFormat, exports.service.ts
  'export.sessions.': ['xlsx', 'csv'],
  'export.statements.': ['xlsx', 'csv'],
  'export.report.': ['docx', 'pdf'],
  'opinion.issue.': ['docx', 'pdf'], // IssuesService.document
};

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
          // audit.by(principal, `session.${action}`, …): each value the code can put there.
          for (const m of text.matchAll(/audit\.by\(\s*[\w.]+,\s*`([a-z_.]+)\$\{\w+\}`/g)) {
            const values = TEMPLATE_VALUES[m[1]];
            if (!values) throw new Error(`${p}: name the values of \`${m[1]}\${…}\` in TEMPLATE_VALUES`);
            for (const v of values) found.add(m[1] + v);
          }
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

  it("names every write route by its own name too (a staff write's entry is filed under its route)", () => {
    const doc = JSON.parse(readFileSync(path.resolve(__dirname, '../../../docs/openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    // As the interceptor writes them: `PATCH /users/:id`.
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${p.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(routes).toContain('PATCH /users/:id');
    const missing = routes.filter(
      (r) => !(`audit.route.${r}` in adminZh) || !(`audit.route.${r}` in adminEn),
    );
    expect(missing).toEqual([]);
  });
});
