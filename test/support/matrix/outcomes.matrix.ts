import { createDepartment } from '../factories/directory';
import { publishOutcome } from '../factories/outcomes';
import { endedSession } from '../factories/scheduling';
import { EVERYONE } from './types';
import type { MatrixContext, MatrixRow, Scope } from './types';

const region = (scope: Scope) => (scope === 'own' ? '530102' : '530103');
const due = () => new Date(Date.now() + 30 * 86400000).toISOString();
const STATS_READERS: MatrixRow['allow'] = ['admin', 'organiser', 'staff_viewer'];

/**
 * Outcomes and exports. The matrix's department_handler has no department, so it is refused even its
 * queue (403 NO_DEPARTMENT); handlers with a department are covered in outcomes.e2e-spec.ts.
 */
export const outcomesMatrix: MatrixContext = {
  name: 'outcomes',
  setup: async (t, admin, fx) => {
    for (const scope of ['own', 'other'] as const) {
      const s = await endedSession(t, admin, { regionCode: region(scope) });
      fx[`oc.session.${scope}`] = s.id;
      const dept = await createDepartment(t, admin, { regionCode: region(scope) });
      fx[`oc.department.${scope}`] = dept.id as string;
      const put = await t
        .http()
        .put(`/api/v1/sessions/${s.id}/outcome`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ summary: '矩阵纪要', consensus: ['矩阵共识'] });
      if (put.status !== 200) throw new Error(`outcome: ${put.status} ${JSON.stringify(put.body)}`);
      const sug = await t
        .http()
        .post('/api/v1/suggestions')
        .set('Authorization', `Bearer ${admin}`)
        .send({ sessionId: s.id, content: '矩阵建议', departmentIds: [dept.id] });
      if (sug.status !== 201) throw new Error(`suggestion: ${sug.status} ${JSON.stringify(sug.body)}`);
      fx[`oc.suggestion.${scope}`] = sug.body.id as string;
      // One more, published, for the public read of one outcome.
      const p = await endedSession(t, admin, { regionCode: region(scope) });
      await publishOutcome(t, admin, p.id, { summary: '公开的矩阵纪要', consensus: [] });
      fx[`oc.published.${scope}`] = p.id;
    }
  },
  rows: [
    {
      route: 'GET /sessions/:id/outcome',
      method: 'get',
      path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/outcome`,
      allow: ['admin', 'organiser', 'staff_viewer', 'workstation_manager'],
      scoped: true,
      place: true,
    },
    {
      route: 'PUT /sessions/:id/outcome',
      method: 'put',
      path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/outcome`,
      body: () => ({ summary: '改过的纪要', consensus: ['共识'] }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /sessions/:id/outcome/publish',
      method: 'post',
      path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/outcome/publish`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /me/todo',
      method: 'get',
      path: () => '/api/v1/me/todo',
      allow: ['admin', 'organiser'],
      scoped: false,
    },
    {
      route: 'POST /suggestions',
      method: 'post',
      path: () => '/api/v1/suggestions',
      body: (fx, s) => ({ sessionId: fx[`oc.session.${s}`], content: '矩阵新建议', departmentIds: [] }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /suggestions',
      method: 'get',
      path: (_fx, s) => `/api/v1/suggestions?region=${region(s)}`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'GET /suggestions/:id',
      method: 'get',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'GET /suggestions/:id/attachments',
      method: 'get',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/attachments`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/assign',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/assign`,
      body: (fx, s) => ({ departmentIds: [fx[`oc.department.${s}`]], dueAt: due() }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/reply',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/reply`,
      body: () => ({ grade: 'A', content: '答复', adopted: true }),
      allow: [],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/countersign',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/countersign`,
      allow: [],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/complete',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/complete`,
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /suggestions/:id/reject',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/reject`,
      body: () => ({ reason: '矩阵' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      // Rating needs a replied suggestion (409 before) and a part in the session (residents).
      route: 'POST /suggestions/:id/ratings',
      method: 'post',
      path: (fx, s) => `/api/v1/suggestions/${fx[`oc.suggestion.${s}`]}/ratings`,
      body: () => ({ rating: 'satisfied' }),
      allow: ['resident', 'member'],
      scoped: false,
    },
    {
      route: 'POST /supervision/reminders',
      method: 'post',
      path: () => '/api/v1/supervision/reminders',
      allow: ['admin', 'organiser'],
      scoped: false,
    },
    {
      route: 'GET /supervision',
      method: 'get',
      path: (_fx, s) => `/api/v1/supervision?region=${region(s)}`,
      allow: STATS_READERS,
      scoped: true,
    },
    {
      route: 'GET /stats',
      method: 'get',
      path: (_fx, s) => `/api/v1/stats?region=${region(s)}`,
      allow: STATS_READERS,
      scoped: true,
    },
    {
      route: 'GET /public/outcomes',
      method: 'get',
      path: (_fx, s) => `/api/v1/public/outcomes?region=${region(s)}`,
      allow: EVERYONE,
      scoped: false,
    },
    {
      route: 'GET /public/outcomes/:sessionId',
      method: 'get',
      path: (fx, s) => `/api/v1/public/outcomes/${fx[`oc.published.${s}`]}`,
      allow: EVERYONE,
      scoped: false,
    },
    ...(['suggestions.xlsx', 'suggestions.csv', 'sessions.xlsx', 'sessions.csv'] as const).map(
      (file): MatrixRow => ({
        route: `GET /exports/${file}`,
        method: 'get',
        path: (_fx, s) => `/api/v1/exports/${file}?region=${region(s)}`,
        allow: STATS_READERS,
        scoped: true,
      }),
    ),
    ...(['report.docx', 'report.pdf', 'statements.xlsx', 'statements.csv'] as const).map(
      (file): MatrixRow => ({
        route: `GET /sessions/:id/${file}`,
        method: 'get',
        path: (fx, s) => `/api/v1/sessions/${fx[`oc.session.${s}`]}/${file}`,
        allow: STATS_READERS,
        scoped: true,
      }),
    ),
  ],
};
