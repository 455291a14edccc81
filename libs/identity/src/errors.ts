import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({
  NOT_YOUR_WORKSTATION: '您只能管理自己负责的工作室',
  ACCOUNT_DISABLED: '账号已停用',
  ADMIN_ONLY: '仅系统管理员可授予权限',
  CANNOT_DISABLE_SELF: '不能停用自己的账号',
  INVALID_CREDENTIALS: '用户名或密码错误',
  OTP_INVALID: '动态验证码错误',
  OTP_REQUIRED: '请输入动态验证码',
  REAUTH_REQUIRED: '请输入动态验证码、密码或恢复码',
  RECOVERY_CODE_INVALID: '恢复码无效或已使用',
  REFRESH_EXPIRED: '登录已过期，请重新登录',
  REFRESH_INVALID: '刷新凭证无效',
  REFRESH_REUSED: '刷新凭证已被使用，请重新登录',
  ROLE_REQUIRED: '您的角色无权执行此操作',
  SESSION_IDLE: '长时间未操作，请重新登录',
  SESSION_REVOKED: '登录已失效，请重新登录',
  SMS_CODE_INVALID: '验证码错误或已过期',
  TOKEN_INVALID: '登录凭证无效',
  TOO_MANY_ATTEMPTS: '登录失败次数过多，请稍后再试',
  TOTP_NOT_ENABLED: '尚未启用双因素认证',
  TOTP_NOT_STARTED: '请先获取密钥',
  TOTP_STAFF_ONLY: '仅工作人员账号可设置双因素认证',
  USERNAME_TAKEN: '用户名已存在',
  USER_NOT_FOUND: '用户不存在',
});
