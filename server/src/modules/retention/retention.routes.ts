import { ZRetentionRunListResponseSchema, ZRetentionRunRequestSchema, ZRetentionRunViewSchema, ZRetentionScheduleResponseSchema } from '@portal/shared/schemas/retention.schema';
import { staffWith } from '../../http/route-policy.ts';
import type { RouteRegistry } from '../../http/route-registry.ts';
import type { TRetentionService } from './retention.service.ts';

const tags = ['retention', 'staff'];

/** For privacy officers (product.md "Retention"): the schedule, dry runs, real runs, past runs. */
export function registerRetentionRoutes(routes: RouteRegistry, retention: TRetentionService): void {
  routes.add({
    method: 'get',
    path: '/api/staff/retention/schedule',
    tags,
    summary: 'The retention rules of the profile, the categories each governs, and when the engine runs.',
    policy: staffWith('manage:requests:any'),
    responses: { 200: { description: 'The schedule', schema: ZRetentionScheduleResponseSchema } },
    handler: ({ res }) => res.json(retention.schedule()),
  });

  routes.add({
    method: 'post',
    path: '/api/staff/retention/runs',
    tags,
    summary: 'Run the retention engine now. `dryRun: true` counts per rule what would be archived, anonymised or purged and changes nothing. Audited either way.',
    policy: staffWith('erase:personal-data:any', { stepUp: true }),
    request: { body: ZRetentionRunRequestSchema },
    responses: { 201: { description: 'The run with its counts', schema: ZRetentionRunViewSchema } },
    handler: async ({ input, ctx, res }) => res.status(201).json(await retention.run({ dryRun: input.body.dryRun, ctx })),
  });

  routes.add({
    method: 'get',
    path: '/api/staff/retention/runs',
    tags,
    summary: 'The latest runs, scheduled and by staff, with their counts.',
    policy: staffWith('manage:requests:any'),
    responses: { 200: { description: 'The runs, newest first', schema: ZRetentionRunListResponseSchema } },
    handler: async ({ res }) => res.json({ runs: await retention.runs() }),
  });
}
