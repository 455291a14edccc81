import { LiveRooms1795422885904 } from './1795422885904-live-rooms';
import { ConsensusFinder1796178555525 } from './1796178555525-consensus-finder';
import { GuestVotes1796211720013 } from './1796211720013-guest-votes';

export const liveMigrations = [LiveRooms1795422885904, ConsensusFinder1796178555525, GuestVotes1796211720013];
