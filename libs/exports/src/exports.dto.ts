export { RegionPeriodQuery } from '@xs/outcomes';
