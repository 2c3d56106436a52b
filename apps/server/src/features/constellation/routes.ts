import type { FastifyInstance } from 'fastify';
import { ApiPath, Constellation } from '@egoejo/contracts';
import type { AppContext } from '../../platform/context';
import { api, errorReplies } from '../../platform/http';
import { getConstellation, listenForInvalidations } from './service';

export function registerConstellationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const listening = listenForInvalidations(ctx);
  app.addHook('onClose', async () => {
    await (await listening)();
  });

  api(app).get(ApiPath.constellation, {
    config: { access: 'public' },
    schema: { tags: ['roots'], response: { 200: Constellation, ...errorReplies } },
    handler: async () => getConstellation(ctx),
  });
}
