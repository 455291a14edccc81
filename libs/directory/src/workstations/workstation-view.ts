import type { OpeningHours } from '../hours/opening-hours';
import { WORKSTATION_KINDS } from './workstation-kinds';
import type { WorkstationKind } from './workstation-kinds';

/** A workstation row as the repository reads it (snake columns renamed). */
export interface WorkstationRow {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  regionCode: string;
  regionName: string | null;
  address: string;
  lat: number | null;
  lng: number | null;
  crs: string | null;
  wgsLat: number | null;
  wgsLng: number | null;
  sector: string | null;
  openingHours: OpeningHours | null;
  capacity: number | null;
  contactPhoneEnc: string | null;
  status: string;
  bufferMinutes: number;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  distanceKm?: number | null;
  memberCount?: number;
}

export interface WorkstationView {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  kindName: string;
  regionCode: string;
  regionName: string | null;
  address: string;
  location: { lat: number; lng: number; crs: string } | null;
  /** The same point in WGS-84, as used for distances. */
  locationWgs84: { lat: number; lng: number } | null;
  sector: string | null;
  openingHours: OpeningHours | null;
  capacity: number | null;
  contactPhone: string | null;
  status: 'active' | 'suspended' | 'deleted';
  bufferMinutes: number;
  memberCount?: number;
  distanceKm?: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export function statusOf(
  r: Pick<WorkstationRow, 'status' | 'deletedAt'>,
): 'active' | 'suspended' | 'deleted' {
  return r.deletedAt ? 'deleted' : (r.status as 'active' | 'suspended');
}

export function toWorkstationView(r: WorkstationRow, contactPhone: string | null): WorkstationView {
  const v: WorkstationView = {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    kindName: WORKSTATION_KINDS[r.kind as WorkstationKind] ?? r.kind,
    regionCode: r.regionCode,
    regionName: r.regionName,
    address: r.address,
    location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng, crs: r.crs ?? 'WGS84' } : null,
    locationWgs84:
      r.wgsLat !== null && r.wgsLng !== null
        ? { lat: Math.round(r.wgsLat * 1e7) / 1e7, lng: Math.round(r.wgsLng * 1e7) / 1e7 }
        : null,
    sector: r.sector,
    openingHours: r.openingHours,
    capacity: r.capacity,
    contactPhone,
    status: statusOf(r),
    bufferMinutes: r.bufferMinutes,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    deletedAt: r.deletedAt ? new Date(r.deletedAt).toISOString() : null,
  };
  if (r.memberCount !== undefined) v.memberCount = Number(r.memberCount);
  if (r.distanceKm !== undefined)
    v.distanceKm = r.distanceKm === null ? null : Math.round(Number(r.distanceKm) * 1000) / 1000;
  return v;
}
