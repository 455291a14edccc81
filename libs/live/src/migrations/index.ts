import { LiveRooms1795422885904 } from './1795422885904-live-rooms';

export const liveMigrations = [LiveRooms1795422885904];
