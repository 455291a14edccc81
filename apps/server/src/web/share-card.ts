import type { INestApplication } from '@nestjs/common';
import { DIRECTORY_PORT, SESSION_LOOKUP } from '@xs/contracts';
import type { DirectoryPort, SessionLookup, SessionSnapshot } from '@xs/contracts';
import type { Request } from 'express';
import QRCode from 'qrcode';

const SESSION_PAGE =
  /^\/sessions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/share\.png)?$/;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const when = (d: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);

/**
 * The share card of a session page: WeChat (and other apps) read Open Graph tags from the HTML the
 * server sends, before any script runs, so they are written into index.html here. Drafts get none.
 */
export class ShareCards {
  private readonly sessions?: SessionLookup;
  private readonly directory?: DirectoryPort;

  constructor(app: INestApplication) {
    this.sessions = tryGet<SessionLookup>(app, SESSION_LOOKUP);
    this.directory = tryGet<DirectoryPort>(app, DIRECTORY_PORT);
  }

  /** The session id when the path is a session page (`/sessions/:id`) or its share image. */
  static match(path: string): { id: string; image: boolean } | null {
    const m = SESSION_PAGE.exec(path);
    return m ? { id: m[1], image: !!m[2] } : null;
  }

  private async visible(id: string): Promise<SessionSnapshot | null> {
    const s = this.sessions ? await this.sessions.get(id) : null;
    return s && s.status !== 'draft' ? s : null;
  }

  /** index.html with the session's title, description and image; undefined when there is nothing to share. */
  async page(html: string, id: string, req: Request): Promise<string | undefined> {
    const s = await this.visible(id);
    if (!s) return undefined;
    const ws = this.directory ? await this.directory.workstation(s.workstationId) : null;
    const origin = `${req.protocol}://${req.get('host')}`;
    const description = [when(s.startsAt), ws?.name, ws?.address].filter(Boolean).join(' · ');
    const tags = {
      'og:type': 'website',
      'og:site_name': '协商在基层',
      'og:title': s.title,
      'og:description': description,
      'og:url': `${origin}/sessions/${s.id}`,
      'og:image': `${origin}/sessions/${s.id}/share.png`,
    };
    const meta = Object.entries(tags)
      .map(([k, v]) => `<meta property="${k}" content="${escape(v)}" />`)
      .join('\n    ');
    return html
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(s.title)} · 协商在基层</title>`)
      .replace(
        /<meta name="description" content="[^"]*" \/>/,
        `<meta name="description" content="${escape(description)}" />`,
      )
      .replace('</head>', `    ${meta}\n  </head>`);
  }

  /** The card's image: a QR code of the session page, which a phone can scan from a shared poster. */
  async image(id: string, req: Request): Promise<Buffer | undefined> {
    const s = await this.visible(id);
    if (!s) return undefined;
    return QRCode.toBuffer(`${req.protocol}://${req.get('host')}/sessions/${s.id}`, {
      type: 'png',
      width: 300,
      margin: 2,
      errorCorrectionLevel: 'M',
    });
  }
}

function tryGet<T>(app: INestApplication, token: string): T | undefined {
  try {
    return app.get<T>(token, { strict: false });
  } catch {
    return undefined;
  }
}
