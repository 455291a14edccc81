import { errorsFrom } from '@xs/platform';

/**
 * Every code this context raises, with its one message in Chinese and its English form (codes shared by
 * contexts are in the platform's COMMON_ERRORS).
 */
export const Errors = errorsFrom(
  {
    ALREADY_CANCELLED: '报名已取消',
    ALREADY_CHECKED_IN: '{name} 已于 {at} 签到',
    ALREADY_REGISTERED: '该手机号已报名本场活动',
    BAD_CAPACITY: '容量须为非负整数',
    BAD_IDEMPOTENCY_KEY: 'Idempotency-Key 须为 1–200 个可见 ASCII 字符',
    BAD_RANGE: '开始日期须早于结束日期',
    CAPACITY_BELOW_CONFIRMED: '已有 {confirmed} 人确认报名，容量不能低于此数',
    CODE_REQUIRED: '请提供签到码或二维码内容之一',
    CONSENT_REQUIRED: '请阅读并同意个人信息处理说明后再报名',
    DRAW_NOT_FOUND: '抽取记录不存在',
    IDEMPOTENCY_KEY_REUSED: '同一 Idempotency-Key 已用于另一个请求',
    INVALID_TICKET: '二维码无效或已被篡改',
    PHONE_NOT_VERIFIED: '您的账号没有验证过的手机号，无法自行报名',
    PHONE_REQUIRED: '请填写报名人的手机号',
    PRIVACY_NOTICE_OUTDATED: '个人信息处理说明已更新，请重新阅读后报名',
    REGISTER_OTHERS_FORBIDDEN: '只能用本人账号的手机号为自己报名，代人报名须由工作人员办理',
    REGISTRATION_CANCELLED: '该报名已取消',
    REGISTRATION_CLOSED: '报名已截止',
    REGISTRATION_NOT_FOUND: '报名记录不存在',
    REGISTRATION_NOT_OPEN: '报名尚未开始',
    REGISTRATION_WAITLISTED: '该报名仍在候补，未获得席位',
    SESSION_ENDED: '活动已结束',
    SESSION_NOT_PUBLISHED: '活动尚未发布',
    TICKET_NOT_FOUND: '本场活动没有这个签到码',
  },
  {
    ALREADY_CANCELLED: 'The registration is already cancelled',
    ALREADY_CHECKED_IN: '{name} already checked in at {at}',
    ALREADY_REGISTERED: 'This number is already registered for this meeting',
    BAD_CAPACITY: 'Capacity must be a whole number, 0 or more',
    BAD_IDEMPOTENCY_KEY: 'Idempotency-Key must be 1–200 visible ASCII characters',
    BAD_RANGE: 'The start date must be before the end date',
    CAPACITY_BELOW_CONFIRMED: 'Capacity cannot be less than the {confirmed} registrations already confirmed',
    CODE_REQUIRED: 'Give either the check-in code or the QR code content',
    CONSENT_REQUIRED: 'Please read and agree to the personal data notice before registering',
    DRAW_NOT_FOUND: 'Draw not found',
    IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was already used for a different request',
    INVALID_TICKET: 'The QR code is invalid or has been tampered with',
    PHONE_NOT_VERIFIED: 'Your account has no verified mobile number, so you cannot register yourself',
    PHONE_REQUIRED: 'Please enter the mobile number of the person registering',
    PRIVACY_NOTICE_OUTDATED:
      'The personal data notice has been updated; please read it again before registering',
    REGISTER_OTHERS_FORBIDDEN:
      'You can only register yourself, using your account mobile number; ask staff to register someone else',
    REGISTRATION_CANCELLED: 'This registration has been cancelled',
    REGISTRATION_CLOSED: 'Registration has closed',
    REGISTRATION_NOT_FOUND: 'Registration not found',
    REGISTRATION_NOT_OPEN: 'Registration has not opened yet',
    REGISTRATION_WAITLISTED: 'This registration is still on the waiting list and has no seat',
    SESSION_ENDED: 'The meeting has ended',
    SESSION_NOT_PUBLISHED: 'The meeting has not been published',
    TICKET_NOT_FOUND: 'This meeting has no such check-in code',
  },
);
