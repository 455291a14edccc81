export * from './exports.module';
export * from './exports.service';
export type { SessionExportRow, SuggestionExportRow } from '@xs/contracts';
export * from './tables';
export * from './sheet-safety';
export { fontPath } from './report-pdf';
export { BODY_FONT, HEADING_FONT, LINE, SIZE_2, SIZE_3, TITLE_FONT } from './report-docx';
