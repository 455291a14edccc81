import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * One way to reach the database: SQL (and TypeORM's query APIs) only in `*.repository.ts`, and the
 * PostgreSQL error codes of constraint violations only in the platform's one helper. Migrations and
 * the demo-data seeds write SQL by nature; the database tooling (embedded server, migration runner,
 * backup) works on the cluster itself, below any context.
 */
const root = path.join(__dirname, '../../..');
const EXEMPT = [
  /\.repository\.ts$/,
  /\.spec\.ts$/,
  /\/migrations\//,
  /\.seed\.ts$/,
  /^libs\/platform\/src\/database\/(postgres-server|text-support|data-source-options)\.ts$/,
  /^apps\/server\/src\/(database|backup|cli)\//,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [path.relative(root, p)] : [];
  });
}
const all = [
  ...readdirSync(path.join(root, 'libs')).flatMap((ctx) => sources(path.join(root, 'libs', ctx, 'src'))),
  ...sources(path.join(root, 'apps/server/src')),
];
const checked = all.filter((f) => !EXEMPT.some((re) => re.test(f)));

// A query run, a query builder or entity repository taken, or SQL written in a string.
const ACCESS: [string, RegExp][] = [
  ['query()', /\.query\s*[<(]/],
  ['createQueryBuilder', /\bcreateQueryBuilder\b/],
  ['getRepository', /\bgetRepository\s*[<(]/],
  ['SQL text', /[`'"]\s*(SELECT\s[\s\S]{0,200}?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/],
];

/** Source without comments, so a comment may still name a statement or a code. */
const code = (f: string) =>
  readFileSync(path.join(root, f), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('database access', () => {
  it('scans the sources it guards', () => {
    expect(checked.length).toBeGreaterThan(200);
    expect(checked).toContain('libs/scheduling/src/sessions/sessions.service.ts');
  });

  it('keeps SQL and query APIs in repositories', () => {
    const found = checked.flatMap((f) => {
      const text = code(f);
      return ACCESS.filter(([, re]) => re.test(text)).map(([what]) => `${f}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('the guard sees each kind of access it forbids', () => {
    const samples = [
      'await m.query(`SELECT 1 FROM x`)',
      "this.db.getRepository(Session).createQueryBuilder('s')",
      "const sql = 'DELETE FROM sessions WHERE id = $1'",
      '`UPDATE topics SET status = $2`',
    ];
    for (const s of samples) expect(ACCESS.some(([, re]) => re.test(s))).toBe(true);
    expect(ACCESS.some(([, re]) => re.test("const message = '请选择要删除的会议'"))).toBe(false);
  });

  it('compares PostgreSQL violation codes in one helper only', () => {
    const helper = 'libs/platform/src/database/violations.ts';
    const found = all
      .filter((f) => f !== helper && !/\.spec\.ts$|\/migrations\//.test(f))
      .filter((f) => /['"`]23(505|P01)['"`]/.test(code(f)));
    expect(found).toEqual([]);
    expect(code(helper)).toMatch(/'23505'/);
  });

  it('takes the transaction as the first argument, wherever a method takes one', () => {
    const misplaced: string[] = [];
    for (const f of all.filter((x) => /^libs\/.*\.(repository|service)\.ts$/.test(x))) {
      const sf = ts.createSourceFile(
        f,
        readFileSync(path.join(root, f), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (ts.isMethodDeclaration(node) && node.body) {
          const at = node.parameters.findIndex((p) => {
            const type = p.type?.getText(sf) ?? '';
            return /\bEntityManager\b/.test(type) && !type.includes('=>');
          });
          if (at > 0) misplaced.push(`${f}: ${node.name.getText(sf)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    // The notifier implements the cross-context NOTIFIER port, whose signature the contracts fix.
    expect(
      misplaced.filter((m) => !/notifier\.service\.ts: (notifyUsers|smsEncryptedPhones)$/.test(m)),
    ).toEqual([]);
  });
});
