import { staff } from '../test-app';
import type { MatrixContext, Scope } from './types';

const region = (scope: Scope) => (scope === 'own' ? '530102' : '530103');

/**
 * 社情民意. Recording an entry (POST /workstations/:id/opinion-entries) is not a matrix row: who may
 * record depends on duty assignment (members) or not on region at all (residents); opinion.e2e-spec.ts
 * covers it for a member on duty, a member elsewhere, a resident, staff and another region's staff.
 */
export const opinionMatrix: MatrixContext = {
  name: 'opinion',
  setup: async (t, admin, fx) => {
    for (const scope of ['own', 'other'] as const) {
      const org = await staff(t, admin, {
        username: `mx_op_org_${scope}`,
        roles: ['organiser'],
        regionCode: region(scope),
      });
      const send = (path: string, body: object = {}) =>
        t.http().post(`/api/v1${path}`).set('Authorization', `Bearer ${org.token}`).send(body);
      const report = await send('/opinion-reports', {
        title: '矩阵信息',
        body: { situation: '情况', analysis: '', suggestions: '建议' },
      });
      if (report.status !== 201) throw new Error(`report: ${report.status} ${JSON.stringify(report.body)}`);
      await send(`/opinion-reports/${report.body.id}/submit`);
      fx[`op.report.${scope}`] = report.body.id as string;
      const issue = await send('/opinion-issues', { year: 2030 });
      if (issue.status !== 201) throw new Error(`issue: ${issue.status} ${JSON.stringify(issue.body)}`);
      fx[`op.issue.${scope}`] = issue.body.id as string;
    }
  },
  rows: [
    {
      route: 'GET /opinion-categories',
      method: 'get',
      path: () => '/api/v1/opinion-categories',
      allow: ['admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer', 'resident'],
      scoped: false,
    },
    {
      route: 'GET /opinion-entries',
      method: 'get',
      path: (_fx, s) => `/api/v1/opinion-entries?region=${region(s)}`,
      allow: ['admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'GET /opinion-reports',
      method: 'get',
      path: () => '/api/v1/opinion-reports',
      allow: ['admin', 'organiser', 'member', 'staff_viewer'],
      scoped: false,
    },
    {
      route: 'GET /opinion-reports/:id',
      method: 'get',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'POST /opinion-reports/:id/return',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/return`,
      body: () => ({ comment: '矩阵退回' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /opinion-reports/:id/adopt',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/adopt`,
      body: (fx, s) => ({ issueId: fx[`op.issue.${s}`] }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /opinion-reports/:id/instructions',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/instructions`,
      body: () => ({ by: '市委书记', text: '请认真研究办理。', at: '2026-01-02T08:00:00Z' }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /opinion-reports/:id/assign',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-reports/${fx[`op.report.${s}`]}/assign`,
      body: () => ({
        departmentIds: ['00000000-0000-4000-8000-000000000000'],
        dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'POST /opinion-issues',
      method: 'post',
      path: () => '/api/v1/opinion-issues',
      body: (_fx, s) => ({ year: 2030, region: region(s) }),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
    {
      route: 'GET /opinion-issues/:id',
      method: 'get',
      path: (fx, s) => `/api/v1/opinion-issues/${fx[`op.issue.${s}`]}`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'GET /opinion-issues/:id/document.pdf',
      method: 'get',
      path: (fx, s) => `/api/v1/opinion-issues/${fx[`op.issue.${s}`]}/document.pdf`,
      allow: ['admin', 'organiser', 'staff_viewer'],
      scoped: true,
    },
    {
      route: 'POST /opinion-issues/:id/send',
      method: 'post',
      path: (fx, s) => `/api/v1/opinion-issues/${fx[`op.issue.${s}`]}/send`,
      body: () => ({}),
      allow: ['admin', 'organiser'],
      scoped: true,
    },
  ],
};
