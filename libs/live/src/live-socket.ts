import type { DefaultEventsMap, Namespace, Socket } from 'socket.io';
import type { LiveClientToServer, LiveServerToClient } from '@xs/contracts';
import type { LiveSocketData } from './room/room.service';

/**
 * The `/live` namespace and its sockets, typed by the event map of @xs/contracts: emitting an
 * unknown event or a payload of another shape does not compile. Node-to-node events stay untyped.
 */
export type LiveNamespace = Namespace<
  LiveClientToServer,
  LiveServerToClient,
  DefaultEventsMap,
  LiveSocketData
>;
export type LiveSocket = Socket<LiveClientToServer, LiveServerToClient, DefaultEventsMap, LiveSocketData>;
