import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { paragraph } from '../../src/content-model/rich-text/blocks';
import { createArticle, createTopic } from './content';

const COVER = path.join(__dirname, '..', 'fixtures', 'backup', 'cover.png');

/** An image in the media library through the upload plugin, as the admin panel's upload does. */
export const uploadImage = async (strapi: Core.Strapi, alternativeText: string) => {
  // The plugin works on a copy of its own; the fixture is copied so it can never be moved away.
  const filepath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upload-')), 'knee-taping.png');
  fs.copyFileSync(COVER, filepath);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'knee-taping.png', alternativeText, caption: 'Kinesiology tape on a runner' } },
      files: { filepath, originalFilename: 'knee-taping.png', mimetype: 'image/png', size: fs.statSync(filepath).size },
    });
  return file as { id: number; documentId: string; formats: Record<string, unknown> | null };
};

const publish = { status: 'published' as const };

/**
 * A small library that exercises everything a backup must keep: published documents, a draft
 * with an edit pending over its published version, a draft never published, relations from
 * both sides of each kind, single and repeatable components, and an image used twice.
 */
export const createLibrary = async (strapi: Core.Strapi) => {
  const image = await uploadImage(strapi, 'A runner’s knee wrapped in blue kinesiology tape');
  const author = await strapi.documents('api::author.author').create({
    data: { name: 'Maya Okafor', role: 'Sports physiotherapist', bio: 'Treats runners in Leeds.', avatar: image.id } as never,
  });
  const [recovery, strength] = await Promise.all([
    createTopic(strapi, { name: 'Recovery' }, true),
    createTopic(strapi, { name: 'Strength' }, true),
  ]);
  const draftTopic = await createTopic(strapi, { name: 'Trail running' });
  const knee = await strapi.documents('api::condition.condition').create({
    data: {
      name: 'Patellofemoral pain',
      bodyRegion: 'knee',
      alsoKnownAs: [{ name: 'Runner’s knee' }, { name: 'PFPS' }],
      symptoms: [paragraph('Ache around the kneecap.')],
    } as never,
    ...publish,
  });
  const shin = await strapi
    .documents('api::condition.condition')
    .create({ data: { name: 'Shin splints', bodyRegion: 'lower_leg' } as never, ...publish });
  const benefit = await strapi.documents('api::benefit.benefit').create({
    data: {
      name: 'Less pain on the stairs',
      evidenceLevel: 'moderate',
      alsoKnownAs: [{ name: 'Stair comfort' }],
      conditions: [knee.documentId, shin.documentId],
    } as never,
    ...publish,
  });
  const clinic = await strapi.documents('api::clinic-location.clinic-location').create({
    data: {
      name: 'Headingley Sports Clinic',
      latitude: 53.8198,
      longitude: -1.5787,
      address: { street: '12 Otley Road', city: 'Leeds', postalCode: 'LS6 2AA', country: 'United Kingdom' },
      openingHours: [
        { day: 'monday', opens: '08:00', closes: '18:00' },
        { day: 'saturday', opens: '09:00', closes: '13:00' },
      ],
      services: [
        { name: 'Sports massage', durationMinutes: 45 },
        { name: 'Gait analysis', description: 'On a treadmill', durationMinutes: 60 },
      ],
    } as never,
    ...publish,
  });
  const full = await createArticle(
    strapi,
    {
      title: 'Taping a sore knee before a long run',
      excerpt: 'When tape helps, and when to see someone.',
      cover: { image: image.id, alt: 'Knee taped for a long run' },
      seo: { metaTitle: 'Knee taping for runners', socialImage: image.id, noIndex: false },
      faq: [
        { question: 'Does tape fix the knee?', answer: 'No, it eases pain while you load it.' },
        { question: 'How long can it stay on?', answer: 'Up to three days.' },
      ],
      author: author.documentId,
      topics: [recovery.documentId, strength.documentId],
      benefits: [benefit.documentId],
      conditions: [knee.documentId],
      clinicLocations: [clinic.documentId],
    },
    true
  );
  const edited = await createArticle(
    strapi,
    { title: 'Shin splints in a first marathon block', author: author.documentId, conditions: [shin.documentId] },
    true
  );
  // Saved as a draft only: the published version keeps its title, topics and FAQ.
  await strapi.documents('api::article.article').update({
    documentId: edited.documentId,
    data: {
      title: 'Shin splints in your first marathon block',
      topics: [draftTopic.documentId],
      faq: [{ question: 'Rest or run?', answer: 'Cut the volume first.' }],
    } as never,
  });
  await createArticle(strapi, { title: 'An unfinished note on calf raises', topics: [strength.documentId] });
  return { image, articles: [full, edited] };
};
