import { useTestApp, type TestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

const publish = { status: 'published' as const };

describe('the wellness content model', () => {
  const app = useTestApp();
  let articleId: string;

  beforeAll(async () => {
    const documents = <T extends Parameters<TestApp['strapi']['documents']>[0]>(uid: T) => app.strapi.documents(uid);
    const author = await documents('api::author.author').create({
      data: { name: 'Dana Physio', role: 'Physiotherapist', credentials: 'MCSP', bio: 'Treats runners.' } as never,
    });
    const condition = await documents('api::condition.condition').create({
      data: {
        name: 'Runner’s knee',
        bodyRegion: 'knee',
        alsoKnownAs: [{ name: 'patellofemoral pain' }, { name: 'PFPS' }],
        summary: 'Pain around the kneecap.',
      } as never,
      ...publish,
    });
    const benefit = await documents('api::benefit.benefit').create({
      data: { name: 'Less soreness', evidenceLevel: 'moderate', conditions: [condition.documentId] } as never,
      ...publish,
    });
    const clinic = await documents('api::clinic-location.clinic-location').create({
      data: {
        name: 'Harbourside Clinic',
        latitude: 51.45,
        longitude: -2.6,
        address: { street: '1 Quay St', city: 'Bristol', postalCode: 'BS1 1AA', country: 'United Kingdom' },
        openingHours: [{ day: 'monday', opens: '08:00', closes: '18:00' }],
        services: [{ name: 'Sports massage', durationMinutes: 45 }],
        bookingUrl: 'https://harbourside.example/book',
      } as never,
      ...publish,
    });
    const topic = await documents('api::topic.topic').create({ data: { name: 'Knees' } as never, ...publish });
    const article = await createArticle(
      app.strapi,
      {
        title: 'Knee pain on the downhill',
        excerpt: 'Why descents hurt.',
        author: author.documentId,
        topics: [topic.documentId],
        benefits: [benefit.documentId],
        conditions: [condition.documentId],
        clinicLocations: [clinic.documentId],
        seo: { metaTitle: 'Knee pain downhill', metaDescription: 'What helps.', noIndex: false },
        medicalReview: { reviewerName: 'Dr R', credentials: 'MBBS', reviewedOn: '2026-10-01' },
        sources: [{ title: 'Knee pain', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/knee-pain/', year: 2026 }],
        faq: [{ question: 'Should I stop running?', answer: 'Usually not entirely.' }],
      },
      true
    );
    articleId = article.documentId;
  });

  it('an article page gets author, taxonomy, clinics and every component in one request', async () => {
    const response = await app
      .http()
      .get(`/api/articles/${articleId}`)
      .query({
        populate: {
          author: true,
          topics: true,
          benefits: true,
          conditions: { populate: ['alsoKnownAs'] },
          clinicLocations: { populate: ['address', 'openingHours', 'services'] },
          seo: true,
          medicalReview: true,
          sources: true,
          faq: true,
        },
      });
    expect(response.status).toBe(200);
    const article = response.body.data;
    expect(article).toMatchObject({
      title: 'Knee pain on the downhill',
      slug: 'knee-pain-on-the-downhill',
      author: { name: 'Dana Physio', slug: 'dana-physio' },
      topics: [{ name: 'Knees', slug: 'knees' }],
      benefits: [{ name: 'Less soreness', evidenceLevel: 'moderate' }],
      conditions: [{ slug: 'runners-knee', bodyRegion: 'knee', alsoKnownAs: [{ name: 'patellofemoral pain' }, { name: 'PFPS' }] }],
      clinicLocations: [
        {
          name: 'Harbourside Clinic',
          latitude: 51.45,
          longitude: -2.6,
          address: { city: 'Bristol' },
          openingHours: [{ day: 'monday', opens: '08:00', closes: '18:00' }],
          services: [{ name: 'Sports massage', durationMinutes: 45 }],
        },
      ],
      seo: { metaTitle: 'Knee pain downhill', noIndex: false },
      medicalReview: { reviewerName: 'Dr R', credentials: 'MBBS', reviewedOn: '2026-10-01' },
      sources: [{ publisher: 'NHS', year: 2026 }],
      faq: [{ question: 'Should I stop running?' }],
    });
    expect(article.readingTimeMinutes).toBeGreaterThan(0);
  });

  it.each([
    ['conditions', 'runners-knee'],
    ['benefits', 'less-soreness'],
    ['topics', 'knees'],
    ['clinic-locations', 'harbourside-clinic'],
    ['authors', 'dana-physio'],
  ])('relations are navigable from the other side: %s list their articles', async (collection, slug) => {
    const response = await app
      .http()
      .get(`/api/${collection}`)
      .query({ filters: { slug: { $eq: slug } }, populate: ['articles'] });
    expect(response.status).toBe(200);
    expect(response.body.data[0].articles.map((a: { title: string }) => a.title)).toEqual(['Knee pain on the downhill']);
  });

  it('benefits and conditions link to each other', async () => {
    const response = await app
      .http()
      .get('/api/conditions')
      .query({ populate: ['benefits'] });
    expect(response.body.data[0].benefits.map((b: { slug: string }) => b.slug)).toEqual(['less-soreness']);
  });

  it.each([
    ['a latitude beyond 90', { latitude: 91 }],
    ['a longitude beyond -180', { longitude: -181 }],
    ['a booking URL that is not a URL', { bookingUrl: 'call us' }],
    ['a weekday that does not exist', { openingHours: [{ day: 'funday', opens: '08:00', closes: '09:00' }] }],
    ['an opening time that is not HH:MM', { openingHours: [{ day: 'monday', opens: '8am', closes: '17:00' }] }],
  ])('a clinic with %s cannot be published, and nothing reaches the public', async (_case, override) => {
    // Strapi lets a draft be saved half-finished; every rule is enforced when it goes public.
    const clinics = app.strapi.documents('api::clinic-location.clinic-location');
    const data = {
      name: 'Bad clinic',
      latitude: 10,
      longitude: 10,
      address: { street: 'x', city: 'y', postalCode: 'z', country: 'UK' },
      ...override,
    } as never;
    const publishedBefore = await clinics.count({ status: 'published' });
    await expect(clinics.create({ data, status: 'published' })).rejects.toMatchObject({ name: 'ValidationError' });
    const draft = await clinics.create({ data: { ...(data as object), name: `Bad clinic ${Math.random()}` } as never }).catch(() => null);
    if (draft) {
      await expect(clinics.publish({ documentId: draft.documentId })).rejects.toMatchObject({ name: 'ValidationError' });
    }
    expect(await clinics.count({ status: 'published' })).toBe(publishedBefore);
    const response = await app.http().get('/api/clinic-locations');
    expect(response.body.data.map((clinic: { name: string }) => clinic.name)).toEqual(['Harbourside Clinic']);
  });

  it('an evidence level outside the scale is rejected', async () => {
    await expect(
      app.strapi.documents('api::benefit.benefit').create({ data: { name: 'Miracle', evidenceLevel: 'proven' } as never })
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('an article needs a title and a body before it is published', async () => {
    const articles = app.strapi.documents('api::article.article');
    await expect(articles.create({ data: { excerpt: 'No title' } as never, status: 'published' })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    const draft = await articles.create({ data: { title: 'Bodiless' } as never });
    await expect(articles.publish({ documentId: draft.documentId })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await articles.count({ status: 'published', filters: { title: 'Bodiless' } })).toBe(0);
  });
});
