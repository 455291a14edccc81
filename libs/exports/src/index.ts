export * from './exports.module';
export * from './exports.service';
export * from './exports.repository';
export * from './tables';
export * from './sheet-safety';
export { fontPath } from './report-pdf';
