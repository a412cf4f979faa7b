import crypto from 'crypto';
import { startTestApp } from '../helpers/strapi';
import { graphql } from '../helpers/graphql';

const strongSecret = () => crypto.randomBytes(24).toString('base64');

describe('production mode', () => {
  it('refuses to start with the example secrets, naming each one', async () => {
    await expect(
      startTestApp({
        env: {
          NODE_ENV: 'production',
          APP_KEYS: 'change-me-app-key-1,change-me-app-key-2',
          ADMIN_JWT_SECRET: 'change-me-admin-jwt-secret',
          JWT_SECRET: 'short',
        },
      })
    ).rejects.toThrow(
      /Refusing to start in production.*APP_KEYS is still the example value.*ADMIN_JWT_SECRET is still the example value.*JWT_SECRET is shorter than 16/
    );
  });

  it('starts with real secrets, without the GraphQL playground or introspection', async () => {
    const app = await startTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: strongSecret() } });
    try {
      const page = await app.http().get('/graphql').set('Accept', 'text/html');
      expect(page.headers['content-type']).not.toMatch(/html/);
      expect(page.text).not.toMatch(/sandbox|playground|embeddable|landing/i);
      const typo = await graphql(
        app,
        `
          {
            articlez {
              slug
            }
          }
        `
      );
      expect(typo.status).toBe(400);
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      const introspection = await graphql(
        app,
        `
          {
            __schema {
              types {
                name
              }
            }
          }
        `
      );
      expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
      const rest = await app.http().get('/api/articles');
      expect(rest.status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
