export * from './config/app-config';
export * from './errors/domain-error';
export * from './errors/validation-problems';
export {
  COMMON_ERRORS,
  COMMON_ERRORS_EN,
  englishMessage,
  errorsFrom,
  formatMessage,
  messageIn,
} from './errors/error-catalogue';
export * from './errors/language';
export type { CommonCode, ErrorMessages } from './errors/error-catalogue';
export * from './errors/error-body';
export * from './errors/all-exceptions.filter';
export * from './crypto/sm';
export * from './crypto/pii';
export * from './database';
export * from './http/configure-http';
export * from './http/client-ip';
export * from './http/openapi';
export * from './http/api-docs';
export * from './http/is-timestamp';
export * from './http/patterns';
export * from './http/reader-lang';
export * from './http/public-cache';
export * from './logging/json-logger';
export * from './logging/log-context';
export * from './observability/metrics';
export * from './observability/metrics-http';
export * from './ratelimit/rate-limiter';
export * from './cron/cluster-jobs';
export * from './cron/job-run.entity';
export * from './redis/redis';
export * from './seeding/seed-registry';
export * from './events/domain-events';
export * from './text/zh';
export * from './region/region-code';
export * from './paging';
export * from './batching/coalescer';
export * from './ids/uuid';
export * from './platform.module';
export * from './uploads/file-type';
export * from './uploads/uploads';
export * from './uploads/upload.interceptor';
