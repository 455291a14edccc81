export * from './roles';
export * from './ports';
export * from './live-events';
export * from './geo';
export * from './outcome-read';
