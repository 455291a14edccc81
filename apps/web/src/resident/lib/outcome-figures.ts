/** Totals over the published outcomes shown: suggestions by handling state, and residents' ratings. */
export interface OutcomeFigures {
  assigned: number;
  replied: number;
  completed: number;
  adopted: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}
