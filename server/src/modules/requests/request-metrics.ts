import { sql } from 'drizzle-orm';
import { REQUEST_TYPES } from '@portal/shared/domain/request-types';
import type { TRequestMetricsResponse } from '@portal/shared/schemas/requests.schema';
import type { DbOrTx } from '../../db/client.ts';

/**
 * Requests received, completed and denied, and days to answer, by type, for one calendar year
 * (11 CCR §7102 asks businesses of coopt's size to publish these). Counts of the operator, no person.
 */
export async function requestMetrics(db: DbOrTx, year: number, now: Date): Promise<TRequestMetricsResponse> {
  const result = await db.execute<{ type: string; received: number; completed: number; denied: number; median: number | null; mean: number | null }>(sql`
    select type,
           count(*)::int as received,
           count(*) filter (where status in ('completed', 'partially-completed'))::int as completed,
           count(*) filter (where status = 'rejected')::int as denied,
           percentile_cont(0.5) within group (order by extract(epoch from closed_at - received_at) / 86400)
             filter (where status in ('completed', 'partially-completed', 'rejected')) as median,
           avg(extract(epoch from closed_at - received_at) / 86400)
             filter (where status in ('completed', 'partially-completed', 'rejected')) as mean
      from privacy_requests
     where received_at >= make_timestamptz(${year}, 1, 1, 0, 0, 0, 'UTC')
       and received_at < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, 'UTC')
     group by type`);
  const byType = new Map(result.rows.map((r) => [r.type, r]));
  const round = (v: number | string | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
  return {
    year,
    generatedAt: now.toISOString(),
    rows: REQUEST_TYPES.filter((t) => byType.has(t)).map((type) => {
      const r = byType.get(type)!; // filtered on has() above
      return { type, received: r.received, completed: r.completed, denied: r.denied, medianDaysToAnswer: round(r.median), meanDaysToAnswer: round(r.mean) };
    }),
  };
}
