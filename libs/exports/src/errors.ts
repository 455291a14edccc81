import { errorsFrom } from '@xs/platform';

/**
 * Every code this context raises, with its one message in Chinese and its English form (codes shared by
 * contexts are in the platform's COMMON_ERRORS).
 */
export const Errors = errorsFrom({}, {});
