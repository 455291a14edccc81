import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({
  ALREADY_SUPPORTED: '您已附议过该议题',
  END_BEFORE_START: '结束时间须晚于开始时间',
  INVALID_CAPACITY: '名额须为正整数',
  INVALID_STREAM_URL: '直播地址须为 http(s) 的 HLS (.m3u8) 或 FLV 地址',
  INVALID_TIME: '时间格式不正确',
  INVITATION_NOT_FOUND: '邀请不存在',
  MATERIAL_NOT_FOUND: '材料不存在',
  MERGE_INTO_SELF: '不能合并到自身',
  MERGE_TARGET_INVALID: '目标议题已被合并或不予采纳',
  MERGE_TARGET_REQUIRED: '合并须指定目标议题',
  NOBODY_TO_INVITE: '没有可邀请的对象',
  NOTIFICATION_NOT_FOUND: '消息不存在',
  NOT_INVITEE: '这不是您的邀请',
  OWN_TOPIC: '不能附议自己提出的议题',
  REASON_REQUIRED: '不采纳须说明理由',
  RECORDED_IN_FUTURE: '补录的会议须已结束',
  RECORDED_SERIES: '事后补录的会议不能是系列会议',
  REGISTRATION_WINDOW_INVALID: '报名时间须在会议结束前，且截止晚于开始',
  STARTS_IN_PAST: '开始时间已过；已举行的会议请以补录方式（recorded: true）录入',
  TOPIC_CLOSED: '该议题已不再接受附议',
  TOPIC_NOT_ACCEPTED: '只有已采纳的议题可以安排协商会议',
  TOPIC_NOT_FOUND: '议题不存在',
  UNKNOWN_TOPIC: '议题不存在',
  WORKSTATION_SUSPENDED: '工作室已暂停使用',
});
