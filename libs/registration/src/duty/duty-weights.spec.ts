import { ConfigError } from '@xs/platform';
import { parseDutyWeights } from './duty-weights';

describe('parseDutyWeights', () => {
  it('reads the given weights over the defaults', () => {
    expect(parseDutyWeights('attendance=4, adopted=20')).toEqual({
      attendance: 4,
      speech: 3,
      question: 2,
      suggestion: 5,
      adopted: 20,
      opinionEntry: 1,
      opinionReport: 3,
      opinionAdopted: 10,
      opinionInstructed: 15,
    });
    expect(parseDutyWeights('opinionReport=4').opinionReport).toBe(4);
  });

  it('refuses unknown keys and non-numbers', () => {
    expect(() => parseDutyWeights('visits=3')).toThrow(ConfigError);
    expect(() => parseDutyWeights('attendance=five')).toThrow(ConfigError);
  });
});
