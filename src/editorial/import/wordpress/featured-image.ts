import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { WordPressAttachment } from './wordpress-export';

const UPLOAD_FILE = 'plugin::upload.file';
const UPLOAD_FOLDER = 'plugin::upload.folder';
const IMPORT_FOLDER = 'WordPress uploads';
const MIME_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

type StoredFile = { id: number };
export type FeaturedImage = { fileId: number; alt: string; uploaded: boolean } | { missing: string };

/** The attachment's path under wp-content/uploads ("2023/04/name.jpg"), from its metadata or its address. */
const uploadsPath = (attachment: WordPressAttachment) => {
  if (attachment.file) return attachment.file;
  const match = attachment.url.match(/\/wp-content\/uploads\/(.+)$/);
  return match ? decodeURIComponent(match[1]) : path.posix.basename(attachment.url);
};

/** The media-library folder mirroring the uploads folder ("WordPress uploads/2023/04"), made where missing. */
const folderFor = async (strapi: Core.Strapi, relative: string): Promise<number> => {
  const names = [
    IMPORT_FOLDER,
    ...path.posix
      .dirname(relative)
      .split('/')
      .filter((part) => part && part !== '.'),
  ];
  let parent: number | null = null;
  for (const name of names) {
    const found: { id: number } | null = await strapi.db.query(UPLOAD_FOLDER).findOne({ where: { name, parent }, select: ['id'] });
    const folder: { id: number } = found ?? (await strapi.plugin('upload').service('folder').create({ name, parent }));
    parent = folder.id;
  }
  return parent as number;
};

/**
 * The media-library file for a post's featured image. With the export's uploads folder, the
 * file there is uploaded once, into a media-library folder of the same path, where a later run
 * finds it. Without it, a file the editor already put in the media library under the same name
 * is used.
 */
export const featuredImage = async (
  strapi: Core.Strapi,
  attachment: WordPressAttachment,
  uploadsDir: string | undefined,
  fallbackAlt: string
): Promise<FeaturedImage> => {
  const relative = uploadsPath(attachment);
  const name = path.posix.basename(relative);
  const alt = (attachment.alt || attachment.title || fallbackAlt).slice(0, 250);
  if (!uploadsDir) {
    const stored: StoredFile | null = await strapi.db
      .query(UPLOAD_FILE)
      .findOne({ where: { name }, select: ['id'], orderBy: { id: 'desc' } });
    return stored ? { fileId: stored.id, alt, uploaded: false } : { missing: relative };
  }

  const file = path.resolve(uploadsDir, relative);
  // An attachment path is the export's word: it may not lead out of the folder given.
  if (!file.startsWith(path.resolve(uploadsDir) + path.sep) || !fs.existsSync(file)) return { missing: relative };
  const mimetype = MIME_TYPES[path.extname(name).toLowerCase()];
  if (!mimetype) return { missing: `${relative} (not an image type the media library takes)` };
  const folder = await folderFor(strapi, relative);
  const same: StoredFile | null = await strapi.db.query(UPLOAD_FILE).findOne({ where: { name, folder }, select: ['id'] });
  if (same) return { fileId: same.id, alt, uploaded: false };
  const [uploaded]: StoredFile[] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name, alternativeText: alt, folder } },
      files: { filepath: file, originalFilename: name, mimetype, size: fs.statSync(file).size },
    });
  return { fileId: uploaded.id, alt, uploaded: true };
};
