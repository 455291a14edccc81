import { reportBlocks, type ReportData } from './report';

const data = (): ReportData => ({
  committee: '政协昆明市五华区委员会',
  issuedAt: new Date('2026-12-18T02:00:00Z'),
  title: '翠湖周边交通微循环',
  place: '太和社区妇联委员工作室',
  outcome: {
    sessionId: 's',
    regionCode: '530102',
    workstationId: 'w',
    sessionTitle: '翠湖周边交通微循环',
    // 2026-12-11 14:30 in Beijing.
    sessionStartsAt: new Date('2026-12-11T06:30:00Z'),
    summary: '',
    consensus: ['持续跟踪建议办理情况'],
    onsiteCount: 49,
    onlineUnique: 723,
    onlinePeak: 165,
    publishedAt: null,
  },
  suggestions: [
    {
      content: '建议对河道沿线步道增设照明和安全护栏',
      status: 'completed',
      // Due at midnight Beijing time on 26 January: the UTC date is the day before.
      dueAt: new Date('2027-01-25T16:00:00Z'),
      replyGrade: 'A',
      replyAdopted: true,
      replyContent: '已会同街道办事处制定工作方案。',
      departments: [
        { name: '五华区民政局', role: 'lead' },
        { name: '五华区交通运输局', role: 'co' },
      ],
    },
  ],
});

describe('协商成果专报 text', () => {
  it('writes dates as an official document does, in Beijing time, and the reply without brackets in brackets', () => {
    const text = reportBlocks(data()).map((b) => b.text);
    expect(text[1]).toMatch(
      /^2026年12月11日14:30，在太和社区妇联委员工作室召开“翠湖周边交通微循环”协商会议。/,
    );
    expect(text).toContain(
      '主办单位：五华区民政局；协办单位：五华区交通运输局；办理状态：已办结；办理期限：2027年1月26日。',
    );
    expect(text).toContain('答复：A类（已解决），已采纳。已会同街道办事处制定工作方案。');
    expect(text.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
