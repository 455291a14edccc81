/** The notice residents consent to when registering (PIPL art. 17); the version is stored with each registration. */
export const PRIVACY_NOTICE_VERSION = '2026-11';

export const PRIVACY_NOTICE_TEXT =
  '为组织本次协商活动，我们收集您的姓名、手机号和所在社区，仅用于报名确认、签到和活动通知。' +
  '手机号加密保存，除经授权的工作人员外仅显示部分号码；活动结束后一定期限（默认 180 天）自动删除手机号，' +
  '仅保留统计数字。您可随时取消报名。';
