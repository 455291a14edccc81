import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { JobPurge } from '@xs/scheduling';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/**
 * 群众出题 with photos: uploaded first (images only, by their bytes), re-encoded into a display copy and a
 * thumbnail without their metadata, attached when the topic is submitted, read by whoever may see the
 * topic. And a resident's list of the topics they supported (附议).
 */
describe('topics: photos and the topics I supported', () => {
  let t: TestApp;
  let organiser: string;
  let otherOrganiser: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    const admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'ph_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    otherOrganiser = (
      await staff(t, admin, { username: 'ph_org2', roles: ['organiser'], regionCode: '530103' })
    ).token;
    a = await t.residentToken('13700000301', '翠湖居民');
    b = await t.residentToken('13700000302', '青云街坊');
  });
  afterAll(() => t.close());

  /** A phone photo: 4000×3000, lying on its side (EXIF orientation 6), with the place it was taken. */
  const phonePhoto = () =>
    sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'PhoneCo', Model: 'X1' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '25/1 2/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '102/1 42/1 0/1',
        },
      })
      .toBuffer();
  const png = (w = 64, h = 48) =>
    sharp({ create: { width: w, height: h, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
  const upload = (token: string, data: Buffer, name = 'photo.jpg') =>
    t.http().post('/api/v1/topic-photos').set(bearer(token)).attach('file', data, name);
  const propose = (token: string, body: object) =>
    t
      .http()
      .post('/api/v1/topics')
      .set(bearer(token))
      .send({ description: '路面坑洼，雨天积水', regionCode: '530102', source: 'resident', ...body });
  const read = (token: string, url: string) =>
    t
      .http()
      .get(url)
      .set(bearer(token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  let topicId: string;

  it('turns a phone photo upright into a display copy and a thumbnail, with no position or device left in it', async () => {
    const original = await phonePhoto();
    const sent = await sharp(original).metadata();
    expect(sent.orientation).toBe(6);
    expect(sent.exif!.toString('latin1')).toContain('PhoneCo');
    const up = await upload(a, original).expect(201);
    expect(up.body).toMatchObject({ width: 1200, height: 1600, url: `/api/v1/topic-photos/${up.body.id}` });
    const full = await read(a, up.body.url).expect(200).expect('Content-Type', 'image/jpeg');
    const meta = await sharp(full.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    const thumb = await read(a, up.body.thumbUrl).expect(200);
    expect(await sharp(thumb.body as Buffer).metadata()).toMatchObject({
      format: 'jpeg',
      width: 320,
      height: 320,
    });
    expect((thumb.body as Buffer).length).toBeLessThan((full.body as Buffer).length);

    // A PNG with transparency is flattened on white; two photos keep their upload order.
    const second = await upload(a, await png(), 'blue.png').expect(201);
    expect(second.body).toMatchObject({ width: 64, height: 48 });

    // Before the topic is submitted, a photo is its uploader's alone.
    await read(b, up.body.url).expect(404);

    const topic = await propose(a, {
      title: '翠湖路坑洼积水',
      photoIds: [up.body.id, second.body.id],
    }).expect(201);
    topicId = topic.body.id;
    expect(topic.body.photos.map((p: { id: string }) => p.id)).toEqual([up.body.id, second.body.id]);

    // Once on a topic: whoever may see the topic sees its photos; staff of another district do not.
    await read(b, up.body.thumbUrl).expect(200);
    await read(organiser, up.body.url).expect(200);
    await read(otherOrganiser, up.body.url).expect(404);
    const listed = await t.http().get('/api/v1/topics?q=坑洼').set(bearer(organiser)).expect(200);
    expect(listed.body.items[0].photos).toHaveLength(2);
    const one = await t.http().get(`/api/v1/topics/${topicId}`).set(bearer(b)).expect(200);
    expect(one.body.photos[0].thumbUrl).toBe(`/api/v1/topic-photos/${up.body.id}/thumb`);
  });

  it('refuses what is not an image, too big, unreadable or a pixel bomb, with a code', async () => {
    const pdf = await upload(a, Buffer.from('%PDF-1.7\n1 0 obj'), 'x.jpg').expect(400);
    expect(pdf.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const svg = await upload(a, Buffer.from('<svg onload="alert(1)"/>'), 'x.png').expect(400);
    expect(svg.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(a, big).expect(413)).body.code).toBe('FILE_TOO_LARGE');
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect((await upload(a, broken).expect(400)).body.code).toBe('IMAGE_UNREADABLE');
    // 10000×10000 of one colour packs into a few kilobytes and would decode into 300 MB.
    const bomb = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect((await upload(a, bomb).expect(400)).body.code).toBe('IMAGE_TOO_LARGE');
    expect((await t.http().post('/api/v1/topic-photos').set(bearer(a)).expect(400)).body.code).toBe(
      'FILE_REQUIRED',
    );
  });

  it('attaches only my own unused photos, at most 9, and keeps nothing of a refused topic', async () => {
    const mine = (await upload(a, await png(10, 10)).expect(201)).body.id as string;
    const theirs = (await upload(b, await png(12, 12)).expect(201)).body.id as string;
    const stolen = await propose(a, { title: '借用别人的照片', photoIds: [mine, theirs] }).expect(400);
    expect(stolen.body.code).toBe('UNKNOWN_TOPIC_PHOTO');
    const none = await t.http().get('/api/v1/topics?mine=true&q=借用别人').set(bearer(a)).expect(200);
    expect(none.body.total).toBe(0);
    // The refused topic took nothing: my photo is still free for the next try.
    await propose(a, { title: '只用自己的照片', photoIds: [mine] }).expect(201);
    expect((await propose(a, { title: '再用一次', photoIds: [mine] }).expect(400)).body.code).toBe(
      'UNKNOWN_TOPIC_PHOTO',
    );

    const ten = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => (await upload(b, await png(8 + i, 8)).expect(201)).body.id),
    );
    expect((await propose(b, { title: '十张照片', photoIds: ten }).expect(400)).body.code).toBe(
      'TOO_MANY_TOPIC_PHOTOS',
    );
    // Two submissions racing for the same photo: one gets it, the other is refused whole.
    const race = await Promise.all([
      propose(b, { title: '同时提交甲', photoIds: ten.slice(0, 9) }),
      propose(b, { title: '同时提交乙', photoIds: ten.slice(0, 9) }),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 400]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM topic_photos WHERE id = ANY($1::uuid[]) AND topic_id IS NOT NULL`,
      [ten],
    );
    expect(rows[0].n).toBe(9);
  });

  it('the daily purge removes photos no topic took within a day, and their files', async () => {
    const stray = (await upload(a, await png(20, 20)).expect(201)).body;
    await t.db.query(`UPDATE topic_photos SET created_at = now() - interval '25 hours' WHERE id = $1`, [
      stray.id,
    ]);
    const file = path.join(
      t.config.dataDir,
      'files',
      'topics',
      stray.id.slice(0, 2),
      `${stray.id}.thumb.jpg`,
    );
    expect(existsSync(file)).toBe(true);
    const result = await t.app.get(JobPurge).runOnce();
    expect(existsSync(file)).toBe(false);
    expect(result.topicPhotos).toBe(1);
    await read(a, stray.url).expect(404);
    // Photos on topics stay.
    const kept: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM topic_photos WHERE topic_id = $1`,
      [topicId],
    );
    expect(kept[0].n).toBe(2);
  });

  it('lists the topics I supported, not the ones I proposed or only looked at', async () => {
    const other = await propose(b, { title: '青云街路灯不亮' }).expect(201);
    await propose(b, { title: '青云街垃圾清运太晚' }).expect(201);
    await t.http().post(`/api/v1/topics/${topicId}/support`).set(bearer(b)).expect(200);
    await t.http().post(`/api/v1/topics/${other.body.id}/support`).set(bearer(a)).expect(200);

    const mineB = await t
      .http()
      .get('/api/v1/topics?supported=true&sort=-createdAt')
      .set(bearer(b))
      .expect(200);
    expect(mineB.body.items.map((x: { title: string }) => x.title)).toEqual(['翠湖路坑洼积水']);
    expect(mineB.body.items[0]).toMatchObject({ supportedByMe: true, supportCount: 1 });
    expect(mineB.body.items[0].photos).toHaveLength(2);
    const mineA = await t.http().get('/api/v1/topics?supported=true').set(bearer(a)).expect(200);
    expect(mineA.body.items.map((x: { title: string }) => x.title)).toEqual(['青云街路灯不亮']);
    const nobody = await t.residentToken('13700000303');
    expect(
      (await t.http().get('/api/v1/topics?supported=true').set(bearer(nobody)).expect(200)).body,
    ).toEqual({
      items: [],
      total: 0,
    });
  });
});
