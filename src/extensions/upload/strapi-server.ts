import type { Core } from '@strapi/strapi';
import { modernRenditions, type MediaConfig, type Rendition, type UploadedImage } from '../../platform/media/modern-renditions';

type ImageService = { generateResponsiveFormats: (file: UploadedImage) => Promise<Array<Rendition | undefined>> };
type UploadPlugin = { services: Record<string, unknown> & { 'image-manipulation': ImageService } };
type UploadSettings = { responsiveDimensions?: boolean } | null;

// The media library's settings, as the upload service keeps them (one boundary, one type).
const uploadSettings = (strapi: Core.Strapi): Promise<UploadSettings> => strapi.plugin('upload').service('upload').getSettings();

// The upload service asks the image service for a file's renditions on every upload and replace,
// and stores, lists and deletes whatever comes back: WebP and AVIF copies are added there.
export default (plugin: UploadPlugin) => {
  const images = plugin.services['image-manipulation'];
  const generateResponsiveFormats = async (file: UploadedImage) => {
    const renditions = (await images.generateResponsiveFormats(file)).filter((rendition): rendition is Rendition => Boolean(rendition));
    const options = strapi.config.get<MediaConfig>('media');
    // The media library's "responsive friendly upload" switch turns these off with Strapi's own
    // (which treats a missing setting as off too).
    if (!(await uploadSettings(strapi))?.responsiveDimensions || options.modernFormats.length === 0) return renditions;
    try {
      return [...renditions, ...(await modernRenditions(file, renditions, options))];
    } catch (error) {
      // The copies are an extra: the original is already on its way to the storage, and failing
      // the upload now would leave it there without a row.
      strapi.log.warn(`No WebP/AVIF copies of ${file.name}: ${(error as Error).message}`);
      return renditions;
    }
  };
  plugin.services['image-manipulation'] = { ...images, generateResponsiveFormats };
  return plugin;
};
