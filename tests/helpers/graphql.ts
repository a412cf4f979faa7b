import type { TestApp } from './strapi';

/** POSTs a GraphQL document to /graphql as an anonymous client (optionally with a bearer token). */
export const graphql = (app: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const call = app.http().post('/graphql').send({ query, variables }).set('Content-Type', 'application/json');
  return token ? call.set('Authorization', `Bearer ${token}`) : call;
};
