import type { RegistrationRow } from './registrations.repository';

export interface RegistrationView {
  id: string;
  sessionId: string;
  name: string;
  phone: string | null;
  community: string | null;
  role: string;
  speakIntent: string | null;
  status: string;
  position?: number;
  walkIn: boolean;
  checkedInAt: string | null;
  privacyNoticeVersion: string;
  consentedAt: string;
  phoneErased: boolean;
  createdAt: string;
}

export function toView(r: RegistrationRow, phone: string | null, position?: number): RegistrationView {
  return {
    id: r.id,
    sessionId: r.sessionId,
    name: r.name,
    phone,
    community: r.community,
    role: r.role,
    speakIntent: r.speakIntent,
    status: r.status,
    ...(position !== undefined ? { position } : {}),
    walkIn: r.walkIn,
    checkedInAt: r.checkedInAt ? new Date(r.checkedInAt).toISOString() : null,
    privacyNoticeVersion: r.privacyNoticeVersion,
    consentedAt: new Date(r.consentedAt).toISOString(),
    phoneErased: !!r.phoneErasedAt,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
