import { identityMatrix } from './identity.matrix';
import { directoryMatrix } from './directory.matrix';
import { registrationMatrix } from './registration.matrix';
import { schedulingMatrix } from './scheduling.matrix';
import { liveMatrix } from './live.matrix';
import { outcomesMatrix } from './outcomes.matrix';
import { opinionMatrix } from './opinion.matrix';
import { remainingMatrix } from './remaining.matrix';
import type { MatrixContext } from './types';

/** Every context adds its rows here; the matrix test runs each row for every role on own and other region. */
export const MATRIX: MatrixContext[] = [
  identityMatrix,
  directoryMatrix,
  registrationMatrix,
  schedulingMatrix,
  liveMatrix,
  outcomesMatrix,
  opinionMatrix,
  remainingMatrix,
];
export * from './types';
