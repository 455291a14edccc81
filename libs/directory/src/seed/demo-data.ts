/** Building blocks of the demo directory: places, names and departments that read as real ones. */

export interface DemoCounty {
  code: string;
  name: string;
  city: string;
  /** Centre in WGS-84. */
  lat: number;
  lng: number;
  /** Spread of places around the centre, in km. */
  spreadKm: number;
  workstations: number;
}

export const DEMO_COUNTIES: DemoCounty[] = [
  {
    code: '530102',
    name: '五华区',
    city: '昆明市',
    lat: 25.043,
    lng: 102.704,
    spreadKm: 4,
    workstations: 26,
  },
  { code: '530103', name: '盘龙区', city: '昆明市', lat: 25.07, lng: 102.73, spreadKm: 5, workstations: 24 },
  {
    code: '530111',
    name: '官渡区',
    city: '昆明市',
    lat: 25.015,
    lng: 102.744,
    spreadKm: 5,
    workstations: 22,
  },
  { code: '530112', name: '西山区', city: '昆明市', lat: 25.02, lng: 102.66, spreadKm: 5, workstations: 16 },
  { code: '530113', name: '东川区', city: '昆明市', lat: 26.083, lng: 103.188, spreadKm: 8, workstations: 5 },
  {
    code: '530114',
    name: '呈贡区',
    city: '昆明市',
    lat: 24.889,
    lng: 102.822,
    spreadKm: 5,
    workstations: 10,
  },
  { code: '530115', name: '晋宁区', city: '昆明市', lat: 24.667, lng: 102.595, spreadKm: 8, workstations: 6 },
  { code: '530124', name: '富民县', city: '昆明市', lat: 25.222, lng: 102.497, spreadKm: 8, workstations: 4 },
  { code: '530125', name: '宜良县', city: '昆明市', lat: 24.919, lng: 103.141, spreadKm: 8, workstations: 6 },
  {
    code: '530126',
    name: '石林彝族自治县',
    city: '昆明市',
    lat: 24.771,
    lng: 103.29,
    spreadKm: 8,
    workstations: 5,
  },
  { code: '530127', name: '嵩明县', city: '昆明市', lat: 25.338, lng: 103.036, spreadKm: 8, workstations: 8 },
  {
    code: '530128',
    name: '禄劝彝族苗族自治县',
    city: '昆明市',
    lat: 25.551,
    lng: 102.471,
    spreadKm: 8,
    workstations: 4,
  },
  {
    code: '530129',
    name: '寻甸回族彝族自治县',
    city: '昆明市',
    lat: 25.559,
    lng: 103.257,
    spreadKm: 8,
    workstations: 4,
  },
  { code: '530181', name: '安宁市', city: '昆明市', lat: 24.92, lng: 102.478, spreadKm: 6, workstations: 10 },
  {
    code: '520102',
    name: '南明区',
    city: '贵阳市',
    lat: 26.568,
    lng: 106.714,
    spreadKm: 4,
    workstations: 14,
  },
  {
    code: '520103',
    name: '云岩区',
    city: '贵阳市',
    lat: 26.605,
    lng: 106.724,
    spreadKm: 4,
    workstations: 14,
  },
  { code: '520111', name: '花溪区', city: '贵阳市', lat: 26.409, lng: 106.67, spreadKm: 7, workstations: 8 },
  { code: '520112', name: '乌当区', city: '贵阳市', lat: 26.63, lng: 106.75, spreadKm: 6, workstations: 6 },
  { code: '520113', name: '白云区', city: '贵阳市', lat: 26.678, lng: 106.623, spreadKm: 5, workstations: 7 },
  {
    code: '520115',
    name: '观山湖区',
    city: '贵阳市',
    lat: 26.601,
    lng: 106.626,
    spreadKm: 5,
    workstations: 9,
  },
  { code: '520121', name: '开阳县', city: '贵阳市', lat: 27.057, lng: 106.965, spreadKm: 8, workstations: 4 },
  { code: '520123', name: '修文县', city: '贵阳市', lat: 26.838, lng: 106.592, spreadKm: 8, workstations: 4 },
  { code: '520181', name: '清镇市', city: '贵阳市', lat: 26.556, lng: 106.47, spreadKm: 8, workstations: 4 },
  {
    code: '360602',
    name: '月湖区',
    city: '鹰潭市',
    lat: 28.239,
    lng: 117.034,
    spreadKm: 4,
    workstations: 14,
  },
  { code: '360603', name: '余江区', city: '鹰潭市', lat: 28.204, lng: 116.818, spreadKm: 6, workstations: 8 },
  { code: '360681', name: '贵溪市', city: '鹰潭市', lat: 28.292, lng: 117.245, spreadKm: 7, workstations: 8 },
];

export const DEMO_CITIES = [
  { code: '530100', name: '昆明市' },
  { code: '520100', name: '贵阳市' },
  { code: '360600', name: '鹰潭市' },
];

/** Real street codes where we have them, so that street-level search has data. */
export const DEMO_STREETS: Record<string, [string, string][]> = {
  '530102': [
    ['530102001', '华山街道'],
    ['530102002', '护国街道'],
    ['530102003', '大观街道'],
    ['530102004', '龙翔街道'],
    ['530102005', '丰宁街道'],
    ['530102006', '莲华街道'],
    ['530102007', '红云街道'],
    ['530102008', '黑林铺街道'],
    ['530102009', '普吉街道'],
    ['530102010', '西翥街道'],
  ],
  '530103': [
    ['530103001', '拓东街道'],
    ['530103002', '鼓楼街道'],
    ['530103003', '东华街道'],
    ['530103004', '联盟街道'],
    ['530103005', '金辰街道'],
    ['530103006', '青云街道'],
    ['530103007', '龙泉街道'],
    ['530103008', '茨坝街道'],
  ],
};

export const PLACE_WORDS = [
  '翠湖',
  '金星',
  '虹山',
  '春苑',
  '龙泉',
  '福海',
  '滇池',
  '世纪城',
  '花果园',
  '金阳',
  '云上',
  '昙华',
  '北京路',
  '新迎',
  '白塔',
  '菊华',
  '关上',
  '螺蛳湾',
  '南屏',
  '正义坊',
  '东风',
  '小西门',
  '大观楼',
  '海埂',
  '马街',
  '碧鸡',
  '前卫',
  '梁家河',
  '兴隆',
  '太和',
  '观水',
  '中华路',
  '喷水池',
  '小河',
  '延安路',
  '宝山',
  '杨柳',
  '信江',
  '龙虎山',
  '雄石',
  '白露',
  '梅园',
  '东湖',
  '阳光',
  '和平',
  '幸福',
  '丰收',
  '光明',
  '朝阳',
  '新华',
  '建设',
  '团结',
  '友谊',
  '清泉',
  '凤凰',
  '青龙',
];

export const ROADS = [
  '人民中路',
  '建设路',
  '青年路',
  '环城南路',
  '北京路',
  '滇池路',
  '解放路',
  '新华路',
  '中山路',
  '胜利路',
  '文化路',
  '河滨路',
];

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国文斌云鹏志鑫宇浩然欣怡思雨晨阳佳琪子涵雪松海燕春林永福德荣庆丰金凤淑珍光辉'.split(
    '',
  );

export const PARTIES = [
  '中国民主同盟',
  '中国民主建国会',
  '中国民主促进会',
  '中国农工民主党',
  '九三学社',
  '中国致公党',
  '中国国民党革命委员会',
  '无党派人士',
];

export const DEPARTMENTS = [
  '住房和城乡建设局',
  '交通运输局',
  '教育体育局',
  '卫生健康局',
  '民政局',
  '城市管理局',
  '自然资源局',
  '生态环境局',
  '市场监督管理局',
  '人力资源和社会保障局',
];

/** A small deterministic generator so the demo data is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
