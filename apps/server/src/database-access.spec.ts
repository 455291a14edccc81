import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsSources } from '@test/sources';
import ts from 'typescript';

/**
 * One way to reach the database: SQL (and TypeORM's query APIs) only in `*.repository.ts`, and the
 * PostgreSQL error codes of constraint violations only in the platform's one helper. Migrations and
 * the demo-data seeds write SQL by nature; the database tooling (embedded server, migration runner,
 * backup) works on the cluster itself, below any context. Rows leave a repository camelCase.
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

const sources = (dir: string) => tsSources(dir, true).map((p) => path.relative(root, p));
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

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

/**
 * Where a source declares or reads a snake_case key: a property of an interface, type or inline
 * result shape (`query<{ last_seq: string }[]>`, `returningRows<{ session_id: string }>`), a property
 * read (`r.created_at`, `r['created_at']`) or destructured (`const { peak_online } = row`). Rows leave
 * a repository camelCase, so none of these has a reason to exist outside the entities' column names.
 * Object literal keys are not looked at: enum values (`basically_satisfied`) and driver options are
 * snake_case by design.
 */
function snakeKeys(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const check = (name: ts.Node | undefined, n: ts.Node) => {
    if (!name) return;
    const key = name.getText(sf).replace(/^['"`]|['"`]$/g, '');
    if (SNAKE.test(key))
      found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${key}`);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) check(n.name, n);
    else if (ts.isPropertyAccessExpression(n)) check(n.name, n);
    else if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression))
      check(n.argumentExpression, n);
    else if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent))
      check(n.propertyName ?? n.name, n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** A result of `*` at the top of a statement carries the table's snake_case column names. */
const STAR = /(?<!\(\s*)\bSELECT\s+(?:DISTINCT\s+)?(?:\w+\.)?\*|\bRETURNING\s+(?:\w+\.)?\*/i;

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
  it('keys rows camelCase: no snake_case row type, result shape or row read anywhere', () => {
    const sourcesWithRows = all.filter((f) => !/\.spec\.ts$|\/migrations\//.test(f));
    expect(sourcesWithRows).toContain('libs/live/src/chat/messages.repository.ts');
    const found = sourcesWithRows.flatMap((f) => snakeKeys(f, readFileSync(path.join(root, f), 'utf8')));
    expect(found).toEqual([]);
    const stars = all.filter((f) => /\.repository\.ts$/.test(f)).filter((f) => STAR.test(code(f)));
    expect(stars).toEqual([]);
  });

  it('the row guard sees each way a snake_case key gets in', () => {
    const planted = [
      'export interface MessageRow { id: string; created_at: Date }',
      'const rows: { last_seq: string }[] = await this.db.query(sql);',
      'const rows = returningRows<{ "peak_online": number }>(r);',
      'return rows.map((r) => r.session_id);',
      "return rows[0]['author_id'];",
      'const { granted_at } = row;',
      'const { grantedAt: at, offset_ms: offset } = row;',
      'class Raw { region_code: string | null = null; }',
    ];
    for (const p of planted)
      expect([p, snakeKeys('planted.ts', p)]).toEqual([p, [expect.stringMatching(/_/)]]);
    const fine = [
      'export interface MessageRow { id: string; createdAt: Date; seq: number }',
      'const options = { skip_empty_lines: true, relax_quotes: true };',
      "const RATING = { basically_satisfied: '基本满意' } as const;",
      'return rows.map((r) => r.sessionId);',
      "return rows[0]['authorId'];",
    ];
    for (const f of fine) expect([f, snakeKeys('fine.ts', f)]).toEqual([f, []]);
    for (const q of [
      '`SELECT * FROM live_messages WHERE id = $1`',
      "'UPDATE t SET a = 1 RETURNING *'",
      '`SELECT m.* FROM m`',
    ])
      expect([q, STAR.test(q)]).toEqual([q, true]);
    for (const q of [
      '`SELECT id, created_at AS "createdAt" FROM t RETURNING id`',
      '`LEFT JOIN LATERAL (SELECT * FROM hits h LIMIT 5) h ON true`',
      '`WHERE (a, b) IN (SELECT * FROM unnest($1::text[], $2::text[]))`',
      '`SELECT count(*) AS n FROM t`',
    ])
      expect([q, STAR.test(q)]).toEqual([q, false]);
  });
});
