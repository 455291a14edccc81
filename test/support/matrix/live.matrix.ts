import { liveSession } from '../factories/scheduling';
import { SIGNED_IN } from './types';
import type { MatrixContext } from './types';

/**
 * Live-room history (REST). The routes are @Public() and decided per session: these sessions are
 * `signed_in` without anonymous viewing, so anyone logged in may read, in any region (a resident
 * watches rooms anywhere), and anonymous callers get 401.
 */
export const liveMatrix: MatrixContext = {
  name: 'live',
  setup: async (t, admin, fx) => {
    for (const [scope, regionCode] of [
      ['own', '530102'],
      ['other', '530103'],
    ] as const) {
      const s = await liveSession(t, admin, { regionCode, allowAnonymousViewing: false });
      fx[`live.session.${scope}`] = s.id;
    }
  },
  rows: [
    {
      route: 'GET /sessions/:id/messages',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`live.session.${scope}`]}/messages?after=0&limit=10`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/questions',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`live.session.${scope}`]}/questions?sort=votes`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/polls',
      method: 'get',
      path: (fx, scope) => `/api/v1/sessions/${fx[`live.session.${scope}`]}/polls`,
      allow: SIGNED_IN,
      scoped: false,
    },
  ],
};
