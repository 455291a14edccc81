export * from './roles';
export * from './ports';
export * from './geo';
