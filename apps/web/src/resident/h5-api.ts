import { anonymous, client, ok, type Schemas } from '../shared/api/client';
import { upload, type Progress } from '../shared/api/http';

/** Typed from the OpenAPI document (`shared/api/openapi.d.ts`): no hand-written shapes here. */
export type Topic = Schemas['TopicResponse'];
export type TopicPhoto = Schemas['TopicPhotoResponse'];
export type SimilarTopic = Schemas['SimilarTopicResponse'];
export type MySuggestion = Schemas['MySuggestionResponse'];
export type MyRating = Schemas['MyRatingResponse'];
export type RatingValue = MyRating['rating'];
export type PublicWorkstation = Schemas['PublicWorkstationResponse'];
export type WorkstationDetail = Schemas['PublicWorkstationDetailResponse'];
export type Region = Schemas['RegionResponse'];
export type Notification = Schemas['NotificationResponse'];

export const topicsApi = {
  similar: (q: string, region: string) =>
    ok(client.GET('/topics/similar', { params: { query: { q, region } } })),
  propose: (body: { title: string; description: string; regionCode: string; photoIds?: string[] }) =>
    ok(client.POST('/topics', { body: { ...body, source: 'resident' } })),
  get: (id: string) => ok(client.GET('/topics/{id}', { params: { path: { id } } })),
  /** Multipart (openapi-fetch sends JSON): through `upload`, typed by the document's response. */
  uploadPhoto: (file: File, onProgress?: Progress) => upload<TopicPhoto>('/topic-photos', file, onProgress),
  support: (id: string) => ok(client.POST('/topics/{id}/support', { params: { path: { id } } })),
  mine: () =>
    ok(client.GET('/topics', { params: { query: { mine: 'true', sort: '-createdAt', pageSize: 50 } } })),
  supported: () =>
    ok(client.GET('/topics', { params: { query: { supported: 'true', sort: '-createdAt', pageSize: 50 } } })),
};

export const followApi = {
  suggestions: () => ok(client.GET('/me/suggestions', { params: { query: { pageSize: 50 } } })),
  ratings: (page = 1, pageSize = 50) =>
    ok(client.GET('/me/ratings', { params: { query: { page, pageSize } } })),
  rate: (id: string, rating: RatingValue, comment?: string) =>
    ok(
      client.POST('/suggestions/{id}/ratings', {
        params: { path: { id } },
        body: { rating, ...(comment ? { comment } : {}) },
      }),
    ),
  notifications: () => ok(client.GET('/me/notifications', { params: { query: { pageSize: 30 } } })),
  markRead: (id: string) => ok(client.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => ok(client.POST('/me/notifications/read-all')),
};

export const placesApi = {
  /** Children of a region (districts of the city); public. */
  regions: (parent?: string) =>
    ok(client.GET('/regions', { params: { query: parent ? { parent } : {} }, headers: anonymous })),
  workstation: (id: string) =>
    ok(client.GET('/public/workstations/{id}', { params: { path: { id } }, headers: anonymous })),
  workstations: (near?: string) =>
    ok(
      client.GET('/public/workstations', {
        params: { query: { pageSize: 100, ...(near ? { near, crs: 'WGS84' as const } : {}) } },
        headers: anonymous,
      }),
    ),
  sessions: (query: { from?: string; to?: string; workstation?: string; q?: string; region?: string }) =>
    ok(
      client.GET('/public/sessions', { params: { query: { pageSize: 100, ...query } }, headers: anonymous }),
    ),
};

export const ticketApi = {
  get: (id: string) => ok(client.GET('/registrations/{id}', { params: { path: { id } } })),
};

/** A short-lived signed link the browser opens natively (WeChat cannot save `blob:` downloads). */
export const downloadsApi = {
  link: (path: string) => ok(client.POST('/downloads/links', { body: { path } })),
};
