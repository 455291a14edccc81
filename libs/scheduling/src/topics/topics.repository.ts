import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { likeEscape, normalizeZh, regionLikePattern, returningRows } from '@xs/platform';
import { Topic, TopicStatus } from './topic.entity';

export interface TopicFilter {
  region?: string;
  status?: TopicStatus;
  source?: string;
  q?: string;
  proposerId?: string;
  /** Only topics this person supported (附议). */
  supporterId?: string;
  /** supportCount or createdAt, `-` for descending. */
  sort?: string;
  offset: number;
  limit: number;
}

export interface SimilarTopic {
  id: string;
  title: string;
  status: TopicStatus;
  supportCount: number;
  similarity: number;
}

@Injectable()
export class TopicsRepository {
  constructor(private readonly db: DataSource) {}

  repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(Topic);
  }

  findById(m: EntityManager | undefined, id: string): Promise<Topic | null> {
    return this.repo(m).findOneBy({ id });
  }

  insert(m: EntityManager | undefined, t: Partial<Topic>): Promise<Topic> {
    return this.repo(m).save(this.repo(m).create(t));
  }

  /** Records a review if the topic is still in one of `from`; false when another review came first. */
  async review(
    m: EntityManager,
    id: string,
    from: TopicStatus[],
    r: { status: TopicStatus; reason: string | null; mergedInto: string | null; reviewedBy: string },
  ): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await m.query(
        `UPDATE topics SET status = $2, review_reason = $3, merged_into = $4, reviewed_by = $5,
                reviewed_at = now(), updated_at = now()
          WHERE id = $1 AND status = ANY($6) RETURNING id`,
        [id, r.status, r.reason, r.mergedInto, r.reviewedBy, from],
      ),
    );
    return rows.length > 0;
  }

  /** Accepted topics become scheduled once a session takes them up. */
  async markScheduled(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE topics SET status = 'scheduled', updated_at = now() WHERE id = $1 AND status = 'accepted'`,
      [id],
    );
  }

  /** Trigram similarity on normalised text (简/繁 alike) among open topics of a region subtree. */
  async similar(text: string, region: string, limit: number, exceptId?: string): Promise<SimilarTopic[]> {
    const norm = normalizeZh(text);
    const rows: { id: string; title: string; status: TopicStatus; supportCount: number; sim: number }[] =
      await this.db.query(
        `SELECT id, title, status, support_count AS "supportCount", sim FROM (
           SELECT id, title, status, support_count,
                  GREATEST(similarity(text_norm, $1), word_similarity($1, text_norm)) AS sim
             FROM topics
            WHERE region_code LIKE $2 AND status IN ('submitted', 'accepted', 'scheduled')
              AND ($4::uuid IS NULL OR id <> $4)
         ) t WHERE sim >= 0.3
          ORDER BY sim DESC, support_count DESC
          LIMIT $3`,
        [norm, regionLikePattern(region), limit, exceptId ?? null],
      );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      supportCount: r.supportCount,
      similarity: Math.round(Number(r.sim) * 1000) / 1000,
    }));
  }

  async list(f: TopicFilter): Promise<{ items: Topic[]; total: number }> {
    const qb = this.repo().createQueryBuilder('t');
    if (f.region) qb.andWhere('t.region_code LIKE :region', { region: regionLikePattern(f.region) });
    if (f.status) qb.andWhere('t.status = :status', { status: f.status });
    if (f.source) qb.andWhere('t.source = :source', { source: f.source });
    if (f.proposerId) qb.andWhere('t.proposer_id = :pid', { pid: f.proposerId });
    if (f.supporterId)
      qb.andWhere('EXISTS (SELECT 1 FROM topic_supports s WHERE s.topic_id = t.id AND s.user_id = :sid)', {
        sid: f.supporterId,
      });
    if (f.q) qb.andWhere('t.text_norm LIKE :q', { q: `%${likeEscape(normalizeZh(f.q))}%` });
    // Most supported first by default (the queue organisers work through), or as asked.
    const desc = !f.sort || f.sort.startsWith('-');
    const column = f.sort?.replace(/^-/, '') === 'createdAt' ? 't.created_at' : 't.support_count';
    qb.orderBy(column, desc ? 'DESC' : 'ASC');
    if (column === 't.support_count') qb.addOrderBy('t.created_at', 'DESC');
    const [items, total] = await qb.addOrderBy('t.id').skip(f.offset).take(f.limit).getManyAndCount();
    return { items, total };
  }

  /** One support per person: the insert and the count move together, a repeat changes nothing. */
  async support(topicId: string, userId: string): Promise<number | null> {
    return this.db.transaction(async (m) => {
      const ins: unknown[] = await m.query(
        `INSERT INTO topic_supports (topic_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING topic_id`,
        [topicId, userId],
      );
      if (!ins.length) return null;
      const rows = returningRows<{ supportCount: number }>(
        await m.query(
          `UPDATE topics SET support_count = support_count + 1 WHERE id = $1 RETURNING support_count AS "supportCount"`,
          [topicId],
        ),
      );
      return rows[0].supportCount;
    });
  }

  async hasSupported(topicId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM topic_supports WHERE topic_id = $1 AND user_id = $2`,
      [topicId, userId],
    );
    return rows.length > 0;
  }

  /** Moves a topic's supporters (and its proposer) onto the topic it is merged into. */
  async mergeSupports(m: EntityManager, fromId: string, intoId: string, proposerId: string): Promise<void> {
    await m.query(
      `INSERT INTO topic_supports (topic_id, user_id)
         SELECT $2::uuid, user_id FROM topic_supports WHERE topic_id = $1
         UNION SELECT $2::uuid, $3::uuid
       ON CONFLICT DO NOTHING`,
      [fromId, intoId, proposerId],
    );
    await m.query(
      `UPDATE topics t SET support_count = (SELECT count(*) FROM topic_supports s WHERE s.topic_id = t.id
          AND s.user_id <> t.proposer_id) WHERE id = $1`,
      [intoId],
    );
  }

  async participantUserIds(topicId: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.db.query(
      `SELECT proposer_id AS "userId" FROM topics WHERE id = $1
        UNION SELECT user_id FROM topic_supports WHERE topic_id = $1`,
      [topicId],
    );
    return rows.map((r) => r.userId);
  }
}
