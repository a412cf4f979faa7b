// The documents of a seeded database, as plain objects keyed by Strapi attribute names: the
// taxonomy once, then one article at a time so 100k articles never sit in memory together.
const V = require('./vocabulary');
const { articleText, capitalise } = require('./article-text');

const DAY_MS = 24 * 60 * 60 * 1000;
const SPAN_MS = 4 * 365 * DAY_MS;
const IMAGE_COUNT = 24;
const AUTHOR_COUNT = 20;
const CLINIC_COUNT = 50;

const isoDate = (date) => date.toISOString().slice(0, 10);
const personName = (random) => `${random.pick(V.FIRST_NAMES)} ${random.pick(V.LAST_NAMES)}`;

const image = (index) => {
  const hash = `bench_cover_${index}`;
  const format = (name, width) => ({
    name: `${name}_${hash}.jpg`,
    hash: `${name}_${hash}`,
    ext: '.jpg',
    mime: 'image/jpeg',
    width,
    height: Math.round(width * 0.625),
    size: width / 20,
    url: `/uploads/${name}_${hash}.jpg`,
  });
  return {
    name: `${hash}.jpg`,
    alternativeText: null,
    width: 1600,
    height: 1000,
    hash,
    ext: '.jpg',
    mime: 'image/jpeg',
    size: 182.4,
    url: `/uploads/${hash}.jpg`,
    provider: 'local',
    folderPath: '/',
    formats: {
      thumbnail: format('thumbnail', 245),
      small: format('small', 500),
      medium: format('medium', 750),
      large: format('large', 1000),
    },
  };
};

const openingHours = (random) =>
  V.DAYS.slice(0, random.chance(0.3) ? 7 : 6).map((day) =>
    day === 'saturday' || day === 'sunday'
      ? { day, opens: '09:00', closes: '13:00' }
      : { day, opens: random.pick(['07:30', '08:00', '09:00']), closes: random.pick(['18:00', '19:00', '20:00']) }
  );

/** Authors, topics, conditions, benefits, clinics and images: the fixed-size part of the data. */
const taxonomy = (random, slugOf) => {
  const images = Array.from({ length: IMAGE_COUNT }, (_, index) => image(index + 1));
  const authors = Array.from({ length: AUTHOR_COUNT }, () => {
    const name = personName(random);
    return {
      documentId: random.documentId(),
      name,
      slug: slugOf('author', name),
      role: random.pick(V.AUTHOR_ROLES),
      credentials: random.pick(V.CREDENTIALS),
      bio: `${name} treats ${random.pick(V.AUDIENCES)} and ${random.pick(V.AUDIENCES)} and writes about ${random.pick(V.TREATMENTS)}.`,
      avatar: random.int(0, IMAGE_COUNT - 1),
    };
  });
  const topics = V.TOPICS.map((name) => ({
    documentId: random.documentId(),
    name,
    slug: slugOf('topic', name),
    description: `Articles about ${name.toLowerCase()} for active people and the clinicians who treat them.`,
  }));
  const conditions = V.CONDITIONS.map(([name, bodyRegion, aliases]) => ({
    documentId: random.documentId(),
    name,
    slug: slugOf('condition', name),
    bodyRegion,
    alsoKnownAs: aliases.map((alias) => ({ name: alias })),
    summary: `${name} is a common complaint among ${random.pick(V.AUDIENCES)}; most cases settle with load management and hands-on treatment.`,
    symptoms: [
      {
        type: 'paragraph',
        children: [{ type: 'text', text: `Typical signs are ${random.pick(V.SYMPTOMS)} and ${random.pick(V.SYMPTOMS)}.` }],
      },
    ],
    whenToSeeClinician: [
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'See a clinician if it lasts more than two weeks, wakes you at night or follows a fall.' }],
      },
    ],
  }));
  const benefits = V.BENEFITS.map(([name, aliases], index) => ({
    documentId: random.documentId(),
    name,
    slug: slugOf('benefit', name),
    alsoKnownAs: aliases.map((alias) => ({ name: alias })),
    summary: `${name}: what hands-on treatment and exercise can and cannot do.`,
    evidenceLevel: V.EVIDENCE[index % V.EVIDENCE.length],
    description: [
      {
        type: 'paragraph',
        children: [{ type: 'text', text: `${name} is one reason ${random.pick(V.AUDIENCES)} book ${random.pick(V.TREATMENTS)}.` }],
      },
    ],
    conditions: random.sample(
      conditions.map((_, i) => i),
      random.int(1, 4)
    ),
  }));
  const clinics = Array.from({ length: CLINIC_COUNT }, (_, index) => {
    // The first cities get most clinics, Bristol first, so a "nearby" search has several answers.
    const [city, lat, lng, postcode] = V.CITIES[index < 10 ? 0 : index % V.CITIES.length];
    const name = `${random.pick(V.NEIGHBOURHOODS)} ${random.pick(V.CLINIC_SUFFIXES)} ${city}`;
    const slug = slugOf('clinic', name);
    return {
      documentId: random.documentId(),
      name,
      slug,
      summary: `Sports massage and physiotherapy in ${city}, with evening appointments.`,
      latitude: Math.round((lat + (random.next() - 0.5) * 0.2) * 1e5) / 1e5,
      longitude: Math.round((lng + (random.next() - 0.5) * 0.3) * 1e5) / 1e5,
      phone: `+44 1632 960${String(random.int(0, 999)).padStart(3, '0')}`,
      email: `bookings@${slug}.example`,
      website: `https://${slug}.example`,
      bookingUrl: `https://${slug}.example/book`,
      address: {
        street: `${random.int(1, 180)} ${random.pick(V.STREETS)}`,
        city,
        region: null,
        postalCode: `${postcode}${random.int(1, 20)} ${random.int(1, 9)}${random.pick(['AB', 'DE', 'HJ', 'LN', 'QT'])}`,
        country: 'United Kingdom',
      },
      openingHours: openingHours(random),
      services: random
        .sample(V.SERVICES, random.int(2, 5))
        .map(([service, minutes]) => ({ name: service, description: `${service} with a registered therapist.`, durationMinutes: minutes })),
    };
  });
  return { images, authors, topics, conditions, benefits, clinics };
};

// Some topics are far bigger than others on a real blog; this keeps the first ones the largest.
const topicWeights = (count) => Array.from({ length: count }, (_, index) => 1 / (index + 1) ** 0.6);

/** A generator of articles 0..size-1, published evenly over the four years before `now`. */
const articleFactory = ({ random, now, size, taxonomy: t, slugOf, readingTimeMinutes, contentSignature }) => {
  const weights = topicWeights(t.topics.length);
  const start = now.getTime() - SPAN_MS;
  return (index) => {
    const conditions = random.sample(
      t.conditions.map((_, i) => i),
      random.pick([0, 1, 1, 1, 2, 2, 3])
    );
    const subject = {
      treatment: random.pick(V.TREATMENTS),
      treatment2: random.pick(V.TREATMENTS),
      audience: random.pick(V.AUDIENCES),
      season: random.pick(V.SEASONS),
      condition: conditions.length > 0 ? t.conditions[conditions[0]].name : `${random.pick(V.BODY_PARTS)} pain`,
      benefit: random.pick(V.BENEFITS)[0],
    };
    const { title, excerpt, body, faq, sources } = articleText(random, subject);
    const slug = slugOf('article', title);
    const publishedAt = new Date(start + ((index + random.next()) * SPAN_MS) / size);
    const reviewedOn = new Date(now.getTime() - random.int(1, 150) * DAY_MS);
    const sourcesWithUrls = sources.map((source, n) => ({ ...source, url: `https://example.org/research/${slug}-${n + 1}` }));
    return {
      documentId: random.documentId(),
      title,
      slug,
      excerpt,
      body,
      faq,
      featured: random.chance(0.05),
      readingTimeMinutes: readingTimeMinutes(body),
      createdAt: new Date(publishedAt.getTime() - random.int(1, 10) * DAY_MS),
      publishedAt,
      updatedAt: publishedAt,
      // A few published articles have an unpublished edit waiting in their draft.
      draft: { title: random.chance(0.05) ? `${title} (revised draft)` : title },
      cover: { image: random.int(0, t.images.length - 1), alt: `${capitalise(subject.treatment)} session for ${subject.audience}` },
      medicalReview: {
        reviewerName: `Dr ${personName(random)}`,
        credentials: random.pick(V.CREDENTIALS),
        reviewedOn: isoDate(reviewedOn),
        signedOffAt: reviewedOn,
        contentSignature: contentSignature({ body, sources: sourcesWithUrls, faq }),
      },
      sources: sourcesWithUrls,
      seo: random.chance(0.5) ? { metaTitle: title.slice(0, 70), metaDescription: excerpt.slice(0, 170), noIndex: false } : null,
      author: random.int(0, t.authors.length - 1),
      topics: random.sample(
        t.topics.map((_, i) => i),
        random.int(1, 3),
        weights
      ),
      conditions,
      benefits: random.sample(
        t.benefits.map((_, i) => i),
        random.int(0, 3)
      ),
      clinicLocations: random.sample(
        t.clinics.map((_, i) => i),
        random.pick([0, 0, 1, 1, 2])
      ),
    };
  };
};

module.exports = { taxonomy, articleFactory };
