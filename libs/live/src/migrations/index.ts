import { LiveRooms1795422885904 } from './1795422885904-live-rooms';
import { ConsensusFinder1796178555525 } from './1796178555525-consensus-finder';

export const liveMigrations = [LiveRooms1795422885904, ConsensusFinder1796178555525];
