import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { SchedulingModule } from '@xs/scheduling';
import { RegistrationModule } from '@xs/registration';
import { OutcomesModule } from '@xs/outcomes';
import { CONSENSUS_REPORT_PORT, LIVE_STATS_PORT } from '@xs/contracts';
import { ChatService } from './chat/chat.service';
import { ChatWriter } from './chat/chat-writer';
import { ChatLimits } from './chat/limits';
import { MessagesRepository } from './chat/messages.repository';
import { SensitiveWords } from './chat/sensitive-words';
import { ConsensusEngine } from './consensus/consensus-engine';
import { ConsensusController } from './consensus/consensus.controller';
import { ConsensusRepository } from './consensus/consensus.repository';
import { ConsensusService } from './consensus/consensus.service';
import { LiveErasureListener } from './erasure/live-erasure.listener';
import { LiveErasureRepository } from './erasure/live-erasure.repository';
import { LiveGateway } from './gateway/live.gateway';
import { InteractRepository } from './interact/interact.repository';
import { InteractService } from './interact/interact.service';
import { LiveCache } from './live-cache';
import { LiveKeys } from './live-keys';
import { FanoutService } from './room/fanout.service';
import { BatchWriter } from './room/fanout/batch-writer';
import { CounterFlusher } from './room/fanout/counter-flusher';
import { PresenceAggregator } from './room/fanout/presence-aggregator';
import { RoomSequencer } from './room/fanout/sequencer';
import { FanoutTuning } from './room/fanout/tuning';
import { LiveAccessService } from './room/live-access.service';
import { LiveHistoryService } from './room/live-history.service';
import { LiveController, LiveNodeController } from './room/live.controller';
import { ParticipantWriter } from './room/participant-writer';
import { RoomService } from './room/room.service';
import { RoomsRepository } from './room/rooms.repository';
import { LiveStatsService } from './stats/live-stats.service';

@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => SchedulingModule),
    forwardRef(() => RegistrationModule),
    forwardRef(() => OutcomesModule),
  ],
  controllers: [LiveController, LiveNodeController, ConsensusController],
  providers: [
    LiveKeys,
    LiveCache,
    RoomsRepository,
    MessagesRepository,
    InteractRepository,
    LiveAccessService,
    SensitiveWords,
    ChatLimits,
    ChatWriter,
    FanoutTuning,
    RoomSequencer,
    BatchWriter,
    PresenceAggregator,
    CounterFlusher,
    FanoutService,
    RoomService,
    ParticipantWriter,
    ChatService,
    InteractService,
    LiveHistoryService,
    LiveStatsService,
    ConsensusRepository,
    ConsensusEngine,
    ConsensusService,
    LiveGateway,
    LiveErasureRepository,
    LiveErasureListener,
    { provide: LIVE_STATS_PORT, useExisting: LiveStatsService },
    { provide: CONSENSUS_REPORT_PORT, useExisting: ConsensusService },
  ],
  exports: [LIVE_STATS_PORT, CONSENSUS_REPORT_PORT, LiveStatsService, ConsensusService, ConsensusEngine],
})
export class LiveModule {}
