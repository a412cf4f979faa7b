import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';

describe('example site page shells', () => {
  const app = useTestApp({ env: { SITE_NAME: 'Stride & Co <Clinics>' } });
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });

  it('serves the shell with the site name escaped, 200 for a published page and 404 for anything else', async () => {
    const home = await app.http().get('/');
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html');
    expect(home.text).toContain('Stride &amp; Co &lt;Clinics&gt;');
    expect(home.text).not.toContain('{{');

    expect((await app.http().get('/conditions/plantar-fasciitis')).status).toBe(200);
    for (const path of ['/conditions/no-such-condition', '/articles/hip-pain-in-distance-runners', '/articles/%E0%A4%A']) {
      const response = await app.http().get(path);
      expect(response.status).toBe(404);
      expect(response.type).toBe('text/html');
    }
  });

  it('keeps previews out of search engines and leads /index.html home', async () => {
    expect((await app.http().get('/preview')).headers['x-robots-tag']).toBe('noindex, nofollow');
    const shellFile = await app.http().get('/index.html');
    expect(shellFile.status).toBe(302);
    expect(shellFile.headers.location).toBe('/');
  });
});
