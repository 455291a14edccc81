import { startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const TILES =
  'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIXSET=w&TILECOL={x}&TILEROW={y}&TILEMATRIX={z}&tk=k';

describe('web client settings: map tiles from the deployment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MAP_TILE_URL: TILES, MAP_TILE_CRS: 'CGCS2000', MAP_TILE_SUBDOMAINS: '01' });
  });
  afterAll(() => t?.close());

  it('tells the client the tile URL and its CRS, without a login', async () => {
    const res = await t.http().get('/api/v1/public/client-config').expect(200);
    expect(res.body).toEqual({
      map: { url: TILES, crs: 'CGCS2000', subdomains: '01', attribution: '' },
      timezone: 'Asia/Shanghai',
    });
  });

  it('lets the pages load those tiles and no other outside images (CSP img-src)', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    const img = /img-src ([^;]+)/.exec(res.headers['content-security-policy'])?.[1].split(' ');
    expect(img).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://t0.tianditu.gov.cn',
      'https://t1.tianditu.gov.cn',
    ]);
  });
});
