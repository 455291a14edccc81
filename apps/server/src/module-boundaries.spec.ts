import 'reflect-metadata';
import { GLOBAL_MODULE_METADATA, MODULE_METADATA } from '@nestjs/common/constants';
import { Test } from '@nestjs/testing';
import {
  CONSENSUS_REPORT_PORT,
  DIRECTORY_PORT,
  LIVE_STATS_PORT,
  NOTIFIER,
  OPINION_STATS_PORT,
  OUTCOME_READ_PORT,
  REGISTRATION_PORT,
  SESSION_LOOKUP,
} from '@xs/contracts';
import { DirectoryModule } from '@xs/directory';
import { ExportsModule, ExportsService } from '@xs/exports';
import { AuditService, IdentityModule } from '@xs/identity';
import { LiveModule } from '@xs/live';
import { OpinionModule } from '@xs/opinion';
import { ContextPorts, OutcomesModule } from '@xs/outcomes';
import { Metrics, PiiCipher } from '@xs/platform';
import { RegistrationModule } from '@xs/registration';
import { SchedulingModule } from '@xs/scheduling';

const contexts = {
  IdentityModule,
  DirectoryModule,
  SchedulingModule,
  RegistrationModule,
  LiveModule,
  OutcomesModule,
  ExportsModule,
  OpinionModule,
};

type Imported = { forwardRef?: () => unknown } | (new () => unknown);
const importsOf = (m: object): unknown[] =>
  ((Reflect.getMetadata(MODULE_METADATA.IMPORTS, m) ?? []) as Imported[]).map((i) =>
    typeof i === 'object' && i.forwardRef ? i.forwardRef() : i,
  );

describe('module boundaries', () => {
  it('no context is global: each imports the contexts it uses', () => {
    const global = Object.entries(contexts).filter(([, m]) => Reflect.getMetadata(GLOBAL_MODULE_METADATA, m));
    expect(global.map(([name]) => name)).toEqual([]);
  });

  it('exports reads outcomes and the directory through the modules that provide their ports', () => {
    expect(importsOf(ExportsModule)).toEqual(expect.arrayContaining([OutcomesModule, DirectoryModule]));
    expect(Reflect.getMetadata(MODULE_METADATA.EXPORTS, OutcomesModule)).toContain(OUTCOME_READ_PORT);
  });

  // Nest's own injector decides: what a missing port does at boot.
  const stub = (token: unknown) => ({ provide: token as string, useValue: {} });

  it('a missing port fails at boot with its token named, instead of answering zeros', async () => {
    const boot = Test.createTestingModule({
      providers: [
        ContextPorts,
        stub(SESSION_LOOKUP),
        stub(REGISTRATION_PORT),
        stub(DIRECTORY_PORT),
        stub(NOTIFIER),
        // LIVE_STATS_PORT left out: attendance used to answer 0 online.
      ],
    }).compile();
    await expect(boot).rejects.toThrow(/can't resolve dependencies of the ContextPorts.*xs:port:live-stats/s);
  });

  it('exports cannot boot without the outcome read port', async () => {
    const providers = [
      ExportsService,
      stub(DIRECTORY_PORT),
      stub(PiiCipher),
      stub(AuditService),
      stub(Metrics),
      stub(OPINION_STATS_PORT),
      stub(CONSENSUS_REPORT_PORT),
    ];
    await expect(Test.createTestingModule({ providers }).compile()).rejects.toThrow(/xs:port:outcome-read/);
    const ok = await Test.createTestingModule({
      providers: [...providers, stub(OUTCOME_READ_PORT)],
    }).compile();
    expect(ok.get(ExportsService)).toBeInstanceOf(ExportsService);
    await ok.close();
  });

  it('outcomes boots only with every port it asks for', async () => {
    const all = [SESSION_LOOKUP, REGISTRATION_PORT, LIVE_STATS_PORT, DIRECTORY_PORT, NOTIFIER];
    for (const missing of all) {
      const boot = Test.createTestingModule({
        providers: [ContextPorts, ...all.filter((t) => t !== missing).map(stub)],
      }).compile();
      await expect(boot).rejects.toThrow(missing);
    }
  });
});
