import crypto from 'crypto';
import type { TestApp } from './strapi';
import { EDITORIAL_ROLES } from '../../src/editorial/roles';

export type AdminSession = { email: string; password: string; token: string; userId: number };
export type RoleKey = keyof typeof EDITORIAL_ROLES | 'superAdmin';

const roleCode = (role: RoleKey) => (role === 'superAdmin' ? 'strapi-super-admin' : EDITORIAL_ROLES[role].code);

/** Creates an active admin user with one role and logs in through /admin/login, as the panel does. */
export const adminSession = async (app: TestApp, role: RoleKey): Promise<AdminSession> => {
  const { id: roleId } = await app.strapi.service('admin::role').findOne({ code: roleCode(role) });
  const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@clinic.test`;
  const password = `Pw-${crypto.randomBytes(9).toString('base64url')}1a`;
  const user = await app.strapi
    .service('admin::user')
    .create({ firstname: role, lastname: 'Tester', email, password, isActive: true, roles: [roleId] });
  const login = await app.http().post('/admin/login').send({ email, password });
  if (login.status !== 200) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { email, password, token: login.body.data.token, userId: user.id };
};

/** The content-manager API the admin panel itself calls, for one signed-in user. */
export const contentManager = (app: TestApp, session: AdminSession, model = 'api::article.article') => {
  const base = `/content-manager/collection-types/${model}`;
  const auth = { Authorization: `Bearer ${session.token}` };
  return {
    create: (data: Record<string, unknown>) => app.http().post(base).set(auth).send(data),
    update: (documentId: string, data: Record<string, unknown>) => app.http().put(`${base}/${documentId}`).set(auth).send(data),
    get: (documentId: string) => app.http().get(`${base}/${documentId}`).set(auth),
    publish: (documentId: string, data: Record<string, unknown> = {}) =>
      app.http().post(`${base}/${documentId}/actions/publish`).set(auth).send(data),
    unpublish: (documentId: string) => app.http().post(`${base}/${documentId}/actions/unpublish`).set(auth).send({}),
    remove: (documentId: string) => app.http().delete(`${base}/${documentId}`).set(auth),
    bulkPublish: (documentIds: string[]) => app.http().post(`${base}/actions/bulkPublish`).set(auth).send({ documentIds }),
  };
};

/** A medical reviewer's login and the author profile (name, credentials, registration) their sign-off is filled from. */
export const medicalReviewer = async (app: TestApp, profile: { name: string; credentials: string; registration?: string }) => {
  const session = await adminSession(app, 'reviewer');
  await app.strapi.documents('api::author.author').create({ data: { ...profile, accountEmail: session.email } });
  return session;
};

/** The editorial routes beside the edit view, for one signed-in user. */
export const reviewPanel = (app: TestApp, session: AdminSession) => {
  const auth = { Authorization: `Bearer ${session.token}` };
  return {
    check: (documentId: string) => app.http().get(`/editorial/articles/${documentId}/check`).set(auth),
    signOff: (documentId: string, signature: unknown) =>
      app.http().post(`/editorial/articles/${documentId}/sign-off`).set(auth).send({ signature }),
  };
};
