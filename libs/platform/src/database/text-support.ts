import { Client } from 'pg';

/** A phrase of the kind our search indexes hold: pg_trgm makes no trigrams of it under a C ctype. */
export const CHINESE_PROBE = '翠湖片区农贸市场';

export interface ChineseTextSupport {
  /** The database's character type (`datctype`). */
  ctype: string;
  /** How many trigrams pg_trgm makes of {@link CHINESE_PROBE}: 0 means trigram search cannot see Chinese. */
  trigrams: number;
}

/** Thrown when the database cannot search Chinese text; the message says what to do. */
export class DatabaseTextError extends Error {}

/** Asks the database how it treats Chinese text. Needs the pg_trgm extension (the platform migration creates it). */
export async function probeChineseText(url: string): Promise<ChineseTextSupport> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ ctype: string; trigrams: number }>(
      `SELECT d.datctype AS ctype, cardinality(show_trgm($1)) AS trigrams
         FROM pg_database d WHERE d.datname = current_database()`,
      [CHINESE_PROBE],
    );
    return { ctype: r.rows[0].ctype, trigrams: Number(r.rows[0].trigrams) };
  } finally {
    await client.end();
  }
}

/**
 * Refuses a database under which pg_trgm makes no trigrams of Chinese: every search over names, topics
 * and suggestions would silently find nothing. `howToFix` tells the operator what to do in their setup.
 */
export async function assertChineseTextSupport(url: string, howToFix: string): Promise<void> {
  const s = await probeChineseText(url);
  if (s.trigrams > 0) return;
  throw new DatabaseTextError(
    `数据库的字符类型 (LC_CTYPE) 为 "${s.ctype}"，pg_trgm 无法为中文生成三元组，中文搜索将失效。\n` +
      `The database's character type (LC_CTYPE) is "${s.ctype}": pg_trgm makes no trigrams of Chinese ` +
      `text (show_trgm('${CHINESE_PROBE}') is empty), so every search over Chinese text would find nothing.\n` +
      howToFix,
  );
}

/** What an operator of an external PostgreSQL does about it. */
export const EXTERNAL_DATABASE_FIX =
  'Create the database with a UTF-8 character type, e.g. ' +
  `CREATE DATABASE xieshang TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' ` +
  "(PostgreSQL 17+: LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' LC_CTYPE 'C.UTF-8'), " +
  'move the data into it with pg_dump/pg_restore, and point DATABASE_URL at it.';
