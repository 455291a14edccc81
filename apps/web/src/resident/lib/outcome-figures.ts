/** Totals over every published outcome of the region (the server counts them): suggestions by handling state, and residents' ratings. */
export interface OutcomeFigures {
  assigned: number;
  replied: number;
  completed: number;
  adopted: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}
