import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({});
