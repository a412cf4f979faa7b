import type { Core } from '@strapi/strapi';
import type { MediaConfig } from '../src/platform/media/modern-renditions';

const MODERN_FORMATS = ['webp', 'avif'] as const;

export default ({ env }: Core.Config.Shared.ConfigParams): MediaConfig => ({
  // WebP and AVIF copies made beside Strapi's own renditions of every uploaded image
  // (src/platform/media/modern-renditions.ts); an empty list turns them off.
  modernFormats: env
    .array('UPLOAD_MODERN_FORMATS', [...MODERN_FORMATS])
    .filter((name): name is (typeof MODERN_FORMATS)[number] => (MODERN_FORMATS as readonly string[]).includes(name)),
  modernMaxWidth: env.int('UPLOAD_MODERN_MAX_WIDTH', 2000),
  quality: { webp: env.int('UPLOAD_WEBP_QUALITY', 78), avif: env.int('UPLOAD_AVIF_QUALITY', 50) },
});
