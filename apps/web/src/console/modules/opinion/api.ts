import { client, ok, type Schemas } from '../../../shared/api/client';

/** The 社情民意 routes the console calls, typed by the OpenAPI document. */
export type Entry = Schemas['OpinionEntryResponse'];
export type Report = Schemas['OpinionReportResponse'];
export type Issue = Schemas['OpinionIssueResponse'];
export type IssueDetail = Schemas['OpinionIssueDetailResponse'];
export type OpinionStats = Schemas['OpinionStatsResponse'];
export type ReportBody = Schemas['OpinionReportBodyResponse'];
export type Colleague = Schemas['MemberLookupResponse'];

const id = (x: string) => ({ params: { path: { id: x } } });

export const opinionApi = {
  categories: async () => (await ok(client.GET('/opinion-categories'))).categories,
  entries: (query: { category?: string; workstation?: string; page: number; pageSize: number }) =>
    ok(client.GET('/opinion-entries', { params: { query } })),
  record: (
    workstationId: string,
    body: { text: string; category: string; community?: string; phone?: string; photoIds?: string[] },
  ) => ok(client.POST('/workstations/{id}/opinion-entries', { ...id(workstationId), body })),
  answer: (entryId: string, answer: string) =>
    ok(client.POST('/opinion-entries/{id}/answer', { ...id(entryId), body: { answer } })),
  toTopic: (entryId: string) => ok(client.POST('/opinion-entries/{id}/topic', { ...id(entryId), body: {} })),

  reports: (query: { status?: Report['status']; issue?: string; page: number; pageSize: number }) =>
    ok(client.GET('/opinion-reports', { params: { query } })),
  report: (reportId: string) => ok(client.GET('/opinion-reports/{id}', id(reportId))),
  createReport: (body: { title: string; body: ReportBody; entryIds?: string[]; cosignerIds?: string[] }) =>
    ok(client.POST('/opinion-reports', { body })),
  updateReport: (reportId: string, body: { title: string; body: ReportBody; cosignerIds?: string[] }) =>
    ok(client.PATCH('/opinion-reports/{id}', { ...id(reportId), body })),
  submit: (reportId: string) => ok(client.POST('/opinion-reports/{id}/submit', id(reportId))),
  returnReport: (reportId: string, comment: string) =>
    ok(client.POST('/opinion-reports/{id}/return', { ...id(reportId), body: { comment } })),
  merge: (reportId: string, reportIds: string[]) =>
    ok(client.POST('/opinion-reports/{id}/merge', { ...id(reportId), body: { reportIds } })),
  adopt: (reportId: string, issueId: string) =>
    ok(client.POST('/opinion-reports/{id}/adopt', { ...id(reportId), body: { issueId } })),
  instruct: (reportId: string, body: { by: string; text: string; at: string }) =>
    ok(client.POST('/opinion-reports/{id}/instructions', { ...id(reportId), body })),
  assign: (reportId: string, body: { departmentIds: string[]; dueAt: string }) =>
    ok(client.POST('/opinion-reports/{id}/assign', { ...id(reportId), body })),

  issues: (query: { year?: number; page: number; pageSize: number }) =>
    ok(client.GET('/opinion-issues', { params: { query } })),
  issue: (issueId: string) => ok(client.GET('/opinion-issues/{id}', id(issueId))),
  createIssue: (body: { year: number; correctsId?: string; correctionNote?: string }) =>
    ok(client.POST('/opinion-issues', { body })),
  send: (issueId: string, body: { sendTo?: string[]; departmentIds?: string[]; userIds?: string[] }) =>
    ok(client.POST('/opinion-issues/{id}/send', { ...id(issueId), body })),

  stats: (query: { region?: string; year?: number }) =>
    ok(client.GET('/stats/opinion', { params: { query } })),
  /** Colleagues of the caller's region by name, for picking co-signers (members may call it). */
  colleagues: async (q: string) =>
    (await ok(client.GET('/members/lookup', { params: { query: { q: q || undefined, pageSize: 20 } } })))
      .items,
  /** Leaders' accounts (staff viewers of the region) an issue is delivered to, by name. */
  leaders: async (q: string) =>
    (
      await ok(
        client.GET('/users', {
          params: { query: { role: 'staff_viewer', q: q || undefined, pageSize: 20 } },
        }),
      )
    ).items,
  departments: async () =>
    (await ok(client.GET('/departments', { params: { query: { pageSize: 100 } } }))).items,
};

/** 2026年第3期 */
export const issueLabel = (
  i: { year: number; number: number },
  t: (k: 'opinion.issueOf', p: Record<string, number>) => string,
) => t('opinion.issueOf', { year: i.year, number: i.number });
