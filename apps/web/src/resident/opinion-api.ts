import { anonymous, client, ok, type Schemas } from '../shared/api/client';
import { upload } from '../shared/api/http';

/** 民情日记 from the phone (issue 17), typed by the OpenAPI document. */
export type OpinionEntry = Schemas['OpinionEntryResponse'];
export type OpinionReport = Schemas['OpinionReportResponse'];
export type OpinionPhoto = Schemas['OpinionPhotoResponse'];

export const opinionApi = {
  categories: async () => (await ok(client.GET('/opinion-categories'))).categories,
  uploadPhoto: (file: File) => upload<OpinionPhoto>('/opinion-photos', file),
  record: (
    workstationId: string,
    body: { text: string; category: string; community?: string; phone?: string; photoIds?: string[] },
  ) =>
    ok(
      client.POST('/workstations/{id}/opinion-entries', {
        params: { path: { id: workstationId } },
        body,
      }),
    ),
  myEntries: () => ok(client.GET('/opinion-entries', { params: { query: { pageSize: 50 } } })),
  /** A member's workstations (GET /me/member), where they record; none for other accounts. */
  myWorkstations: async () => (await ok(client.GET('/me/member')).catch(() => null))?.workstations ?? [],
  myReports: () => ok(client.GET('/opinion-reports', { params: { query: { pageSize: 50 } } })),
  /** Members and staff sign in with their account (the resident login is by text message). */
  login: (body: { username: string; password: string; otp?: string }) =>
    ok(client.POST('/auth/login', { body, headers: anonymous })),
};
