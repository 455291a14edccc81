import { randomUUID } from 'node:crypto';
import { EVERYONE, SIGNED_IN } from './types';
import type { MatrixContext, MatrixRole, MatrixRow, Scope } from './types';

const REGION: Record<Scope, string> = { own: '530102', other: '530103' };
const SCHEDULERS: MatrixRole[] = ['admin', 'organiser', 'workstation_manager'];
const READERS: MatrixRole[] = ['admin', 'organiser', 'staff_viewer'];
/** Made once: rows whose target does not exist still show the role gate (403 before 404, 401 first). */
const NONE = randomUUID();

/**
 * The routes the other contexts do not cover, so that every operation of docs/openapi.json has a row
 * (the coverage test in authz-matrix.e2e-spec.ts). Runs after the other contexts and reuses their
 * fixtures; the session transitions act on sessions made here so no other row sees their state change.
 */
export const remainingMatrix: MatrixContext = {
  name: 'remaining',
  setup: async (t, admin, fx) => {
    let slot = 0;
    for (const scope of ['own', 'other'] as Scope[]) {
      for (const name of ['publish', 'start', 'end', 'conclude']) {
        const start = new Date(Date.UTC(2036, 0, 1) + ++slot * 3 * 3600000);
        const res = await t
          .http()
          .post('/api/v1/sessions')
          .set('Authorization', `Bearer ${admin}`)
          .send({
            title: `矩阵${name}`,
            workstationId: fx[`sch.ws.${scope}`],
            format: 'hybrid',
            capacity: 20,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3600000).toISOString(),
          });
        if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
        fx[`rem.${name}.${scope}`] = res.body.id as string;
      }
    }
  },
  rows: [
    {
      route: 'GET /admin/jobs',
      method: 'get',
      path: () => '/api/v1/admin/jobs',
      allow: ['admin'],
      scoped: false,
    },
    {
      route: 'POST /admin/jobs/:name/run',
      method: 'post',
      path: () => '/api/v1/admin/jobs/no-such-job/run',
      allow: ['admin'],
      scoped: false,
    },
    {
      route: 'POST /downloads/links',
      method: 'post',
      path: () => '/api/v1/downloads/links',
      body: () => ({}),
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /topics/similar',
      method: 'get',
      path: () => `/api/v1/topics/similar?q=${encodeURIComponent('矩阵议题')}`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /public/sessions/:id',
      method: 'get',
      path: (fx, s) => `/api/v1/public/sessions/${fx[`sch.pub.${s}`]}`,
      allow: EVERYONE,
      scoped: false,
    },
    ...(['publish', 'start', 'end'] as const).map((name): MatrixRow => ({
      route: `POST /sessions/:id/${name}`,
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`rem.${name}.${s}`]}/${name}`,
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    })),
    {
      route: 'POST /sessions/:id/conclude',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`rem.conclude.${s}`]}/conclude`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /invitations/:id/respond',
      method: 'post',
      path: () => `/api/v1/invitations/${NONE}/respond`,
      body: () => ({ response: 'accepted' }),
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /me/notifications/:id/read',
      method: 'post',
      path: () => `/api/v1/me/notifications/${NONE}/read`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/materials/:mid/download',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/materials/${NONE}/download`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'PATCH /sessions/:id/materials/:mid',
      method: 'patch',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/materials/${NONE}`,
      body: () => ({ public: true }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'DELETE /sessions/:id/materials/:mid',
      method: 'delete',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/materials/${NONE}`,
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/registrations',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/registrations`,
      body: () => ({}),
      allow: ['resident', 'member', 'admin', 'organiser', 'workstation_manager'],
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/draws/:drawId/verify',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/draws/${NONE}/verify`,
      allow: ['admin', 'organiser', 'workstation_manager', 'staff_viewer'],
      scoped: true,
      place: true,
    },
    {
      route: 'GET /live/node',
      method: 'get',
      path: () => '/api/v1/live/node',
      allow: ['admin'],
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/statements',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/statements`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /sessions/:id/consensus',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/consensus`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /sessions/:id/statements',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`sch.pub.${s}`]}/statements`,
      body: () => ({ text: '矩阵陈述' }),
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /statements/:id/moderation',
      method: 'post',
      path: () => `/api/v1/statements/${NONE}/moderation`,
      body: () => ({ status: 'rejected' }),
      allow: SCHEDULERS,
      scoped: false,
    },
    {
      route: 'POST /statements/:id/votes',
      method: 'post',
      path: () => `/api/v1/statements/${NONE}/votes`,
      body: () => ({ vote: 'agree' }),
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'POST /sessions/:id/outcome/consensus',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/outcome/consensus`,
      body: () => ({ statementIds: [NONE] }),
      allow: SCHEDULERS,
      scoped: true,
      place: true,
    },
    {
      route: 'POST /sessions/:id/outcome/attachments',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/outcome/attachments`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/attachments',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/attachments`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /suggestions/:id/follow-up',
      method: 'get',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/follow-up`,
      allow: ['admin', 'organiser', 'staff_viewer', 'workstation_manager'],
      scoped: true,
      place: true,
    },
    {
      route: 'POST /suggestions/:id/follow-up',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/follow-up`,
      body: () => ({ implementation: 'implemented', note: '矩阵回访' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/follow-up/ratings',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/follow-up/ratings`,
      body: () => ({}),
      allow: ['resident', 'member'],
      scoped: false,
    },
    {
      route: 'GET /me/suggestions',
      method: 'get',
      path: () => '/api/v1/me/suggestions',
      allow: ['resident', 'member'],
      scoped: false,
    },
    {
      route: 'GET /me/ratings',
      method: 'get',
      path: () => '/api/v1/me/ratings',
      allow: ['resident', 'member'],
      scoped: false,
    },
    {
      route: 'GET /stats/opinion',
      method: 'get',
      path: (_fx, s) => `/api/v1/stats/opinion?region=${REGION[s]}`,
      allow: ['admin', 'organiser', 'workstation_manager', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'GET /opinion-issues',
      method: 'get',
      path: () => '/api/v1/opinion-issues',
      allow: READERS,
      scoped: false,
    },
    ...(['docx', 'pdf'] as const).map((ext): MatrixRow => ({
      route: `GET /opinion-issues/:id/document.${ext}`,
      method: 'get',
      path: (fx, s) => `/api/v1/opinion-issues/${fx[`op.issue.${s}`]}/document.${ext}`,
      allow: READERS,
      scoped: true,
    })),
    {
      route: 'POST /opinion-reports',
      method: 'post',
      path: () => '/api/v1/opinion-reports',
      body: () => ({}),
      allow: ['admin', 'organiser', 'member'],
      scoped: false,
    },
    {
      route: 'PATCH /opinion-reports/:id',
      method: 'patch',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}`,
      body: () => ({ title: '矩阵改题' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    // Only the author submits; the fixtures' author is another account, so every matrix role is refused.
    {
      route: 'POST /opinion-reports/:id/submit',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/submit`,
      allow: [],
      scoped: true,
    },
    {
      route: 'POST /opinion-reports/:id/merge',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/merge`,
      body: () => ({ reportIds: [NONE] }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /opinion-entries/:id/answer',
      method: 'post',
      path: () => `/api/v1/opinion-entries/${NONE}/answer`,
      body: () => ({ answer: '矩阵答复' }),
      allow: ['admin', 'organiser', 'workstation_manager', 'member'],
      scoped: false,
    },
    {
      route: 'POST /opinion-entries/:id/topic',
      method: 'post',
      path: () => `/api/v1/opinion-entries/${NONE}/topic`,
      allow: ['admin', 'organiser', 'workstation_manager', 'member'],
      scoped: false,
    },
    {
      route: 'POST /opinion-photos',
      method: 'post',
      path: () => '/api/v1/opinion-photos',
      allow: ['admin', 'organiser', 'workstation_manager', 'member', 'resident'],
      scoped: false,
    },
    {
      route: 'GET /opinion-photos/:id',
      method: 'get',
      path: () => `/api/v1/opinion-photos/${NONE}`,
      allow: ['admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer', 'resident'],
      scoped: false,
    },
    // Topic photos: any signed-in person may upload one for a topic they propose (no file here: 400)
    // and see those of a topic they may see (none here: 404); a guest is asked to sign in.
    {
      route: 'POST /topic-photos',
      method: 'post',
      path: () => '/api/v1/topic-photos',
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /topic-photos/:id',
      method: 'get',
      path: () => `/api/v1/topic-photos/${NONE}`,
      allow: SIGNED_IN,
      scoped: false,
    },
    {
      route: 'GET /topic-photos/:id/thumb',
      method: 'get',
      path: () => `/api/v1/topic-photos/${NONE}/thumb`,
      allow: SIGNED_IN,
      scoped: false,
    },
  ],
};
