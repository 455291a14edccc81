export interface ImportError {
  /** Row number as the spreadsheet shows it (the header is row 1 unless blank rows precede it). */
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: ImportError[];
  /** Data rows read (blank rows not counted). */
  rows: number;
  format: 'xlsx' | 'csv';
  encoding?: string;
  ignoredColumns: string[];
  /** A preview: nothing was written. */
  dryRun?: boolean;
}
