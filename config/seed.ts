import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // An empty development database gets the demo content at start-up; production never does.
  demoContentWhenEmpty: env.bool('SEED_DEMO_CONTENT', env('NODE_ENV', 'development') === 'development'),
});
