import { modernRenditions, type MediaConfig, type Rendition, type UploadedImage } from '../../platform/media/modern-renditions';

type ImageService = { generateResponsiveFormats: (file: UploadedImage) => Promise<Array<Rendition | undefined>> };
type UploadPlugin = { services: Record<string, unknown> & { 'image-manipulation': ImageService } };

// The upload service asks the image service for a file's renditions on every upload and replace,
// and stores, lists and deletes whatever comes back: WebP and AVIF copies are added there.
export default (plugin: UploadPlugin) => {
  const images = plugin.services['image-manipulation'];
  const generateResponsiveFormats = async (file: UploadedImage) => {
    const renditions = (await images.generateResponsiveFormats(file)).filter((rendition): rendition is Rendition => Boolean(rendition));
    const settings = (await strapi.plugin('upload').service('upload').getSettings()) as { responsiveDimensions?: boolean } | null;
    const options = strapi.config.get<MediaConfig>('media');
    // The media library's "responsive friendly upload" switch turns these off with Strapi's own.
    if (settings?.responsiveDimensions === false || options.modernFormats.length === 0) return renditions;
    const modern = await modernRenditions(file, renditions, {
      formats: options.modernFormats,
      maxWidth: options.modernMaxWidth,
      quality: options.quality,
    });
    return [...renditions, ...modern];
  };
  plugin.services['image-manipulation'] = { ...images, generateResponsiveFormats };
  return plugin;
};
