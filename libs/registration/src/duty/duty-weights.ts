import { ConfigError } from '@xs/platform';

export interface DutyWeights {
  attendance: number;
  speech: number;
  question: number;
  suggestion: number;
  adopted: number;
  /** 社情民意: an entry recorded, a report submitted, adopted, with 批示. */
  opinionEntry: number;
  opinionReport: number;
  opinionAdopted: number;
  opinionInstructed: number;
}

const KEYS: (keyof DutyWeights)[] = [
  'attendance',
  'speech',
  'question',
  'suggestion',
  'adopted',
  'opinionEntry',
  'opinionReport',
  'opinionAdopted',
  'opinionInstructed',
];

/** Parses DUTY_POINT_WEIGHTS ("attendance=5,speech=3,…"); unknown keys or non-numbers stop the boot. */
export function parseDutyWeights(raw: string): DutyWeights {
  const w: DutyWeights = {
    attendance: 5,
    speech: 3,
    question: 2,
    suggestion: 5,
    adopted: 15,
    opinionEntry: 1,
    opinionReport: 3,
    opinionAdopted: 10,
    opinionInstructed: 15,
  };
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-zA-Z]+)\s*=\s*(\d{1,4}(?:\.\d{1,2})?)$/.exec(part);
    if (!m) throw new ConfigError('DUTY_POINT_WEIGHTS', `expected key=number, got "${part}"`);
    if (!KEYS.includes(m[1] as keyof DutyWeights)) {
      throw new ConfigError('DUTY_POINT_WEIGHTS', `unknown key "${m[1]}" (known: ${KEYS.join(', ')})`);
    }
    w[m[1] as keyof DutyWeights] = Number(m[2]);
  }
  return w;
}
