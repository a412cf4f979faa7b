import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';

const UPLOAD_FILE = 'plugin::upload.file';
const COVER = { width: 1200, height: 675 };
const AVATAR = 400;

// Each demo article gets its own light and season; the alt text says which, so it describes the picture.
const SCENES = [
  { when: 'at sunrise', sky: ['#f6b26b', '#fde9c9'], sun: '#fff4d6', hills: ['#6aa84f', '#38761d'], land: 'green hills', track: '#c0504d' },
  {
    when: 'under a clear midday sky',
    sky: ['#3d85c6', '#cfe2f3'],
    sun: '#fffbe6',
    hills: ['#93c47d', '#4e8f3a'],
    land: 'green hills',
    track: '#b45f4b',
  },
  { when: 'at dusk', sky: ['#674ea7', '#f4cccc'], sun: '#ffe599', hills: ['#5b7f4a', '#2f4f2a'], land: 'dark hills', track: '#a64d79' },
  {
    when: 'under a full moon',
    sky: ['#0b1a3a', '#3c4f7a'],
    sun: '#f3f3f3',
    hills: ['#274e13', '#102a0a'],
    land: 'dark hills',
    track: '#7f6000',
  },
  {
    when: 'on an autumn afternoon',
    sky: ['#e69138', '#fce5cd'],
    sun: '#fff2cc',
    hills: ['#b45f06', '#783f04'],
    land: 'brown autumn hills',
    track: '#990000',
  },
  {
    when: 'on a snowy morning',
    sky: ['#9fc5e8', '#f3f6f9'],
    sun: '#ffffff',
    hills: ['#eeeeee', '#d0d8e0'],
    land: 'snow-covered hills',
    track: '#cc4125',
  },
  {
    when: 'on an overcast day',
    sky: ['#999999', '#d9d9d9'],
    sun: '#eeeeee',
    hills: ['#7a9a6a', '#4f6b43'],
    land: 'grey-green hills',
    track: '#a15c4a',
  },
];
const AVATAR_COLOURS = [
  ['#cfe2f3', '#0b5394'],
  ['#d9ead3', '#274e13'],
  ['#fce5cd', '#783f04'],
  ['#ead1dc', '#4c1130'],
  ['#fff2cc', '#7f6000'],
];

/** A running track winding from the foreground to the hills, in one of the scenes. */
const coverSvg = (scene: (typeof SCENES)[number], index: number) => {
  const { width, height } = COVER;
  const sunX = 250 + ((index * 173) % 700);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${scene.sky[0]}"/><stop offset="1" stop-color="${scene.sky[1]}"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${170 + (index % 3) * 30}" r="62" fill="${scene.sun}"/>
  <path d="M0 ${400 + (index % 2) * 20} Q300 ${320 + (index % 4) * 15} 600 ${390} T${width} 370 V${height} H0Z" fill="${scene.hills[0]}"/>
  <path d="M0 500 Q350 ${430 + (index % 3) * 12} 700 495 T${width} 470 V${height} H0Z" fill="${scene.hills[1]}"/>
  <path d="M380 ${height} C470 560 650 505 840 455 L870 462 C720 520 610 580 600 ${height}Z" fill="${scene.track}"/>
  <path d="M490 ${height} C560 575 700 515 855 458" stroke="#ffffff" stroke-width="4" stroke-dasharray="26 18" fill="none" opacity="0.8"/>
</svg>`;
};

/** Head and shoulders in two tones: a portrait's place, until the author sends a photo. */
const avatarSvg = (index: number) => {
  const [background, figure] = AVATAR_COLOURS[index % AVATAR_COLOURS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${AVATAR}" height="${AVATAR}">
  <rect width="${AVATAR}" height="${AVATAR}" fill="${background}"/>
  <circle cx="200" cy="160" r="78" fill="${figure}"/>
  <path d="M60 ${AVATAR} C70 280 130 250 200 250 C270 250 330 280 340 ${AVATAR}Z" fill="${figure}"/>
</svg>`;
};

/**
 * Uploads a generated picture through the upload service, as the panel would, or finds the one
 * a previous seed uploaded under the same name.
 */
const uploadPicture = async (strapi: Core.Strapi, name: string, picture: Buffer, alternativeText: string): Promise<number> => {
  const existing: { id: number } | null = await strapi.db.query(UPLOAD_FILE).findOne({ where: { name }, select: ['id'] });
  if (existing) return existing.id;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-image-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, picture);
  try {
    const [uploaded]: Array<{ id: number }> = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText } },
        files: { filepath: file, originalFilename: name, mimetype: 'image/jpeg', size: picture.length },
      });
    return uploaded.id;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
};

/** A demo article's cover component: a generated illustration and the alt text that describes it. */
export const demoCover = async (strapi: Core.Strapi, slug: string, index: number) => {
  const scene = SCENES[index % SCENES.length];
  const alt = `Illustration of a running track winding between ${scene.land} ${scene.when}`;
  const picture = await sharp(Buffer.from(coverSvg(scene, index)))
    .jpeg({ quality: 82 })
    .toBuffer();
  return { image: await uploadPicture(strapi, `${slug}-cover.jpg`, picture, alt), alt };
};

/** A demo author's avatar: a generated head-and-shoulders placeholder. */
export const demoAvatar = async (strapi: Core.Strapi, slug: string, name: string, index: number) => {
  const picture = await sharp(Buffer.from(avatarSvg(index)))
    .jpeg({ quality: 85 })
    .toBuffer();
  return uploadPicture(strapi, `${slug}-avatar.jpg`, picture, `Illustrated placeholder portrait of ${name}`);
};
