import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // How the public site names itself in feeds, sitemaps and structured data.
  name: env('SITE_NAME', 'Stride Clinics'),
  description: env('SITE_DESCRIPTION', 'Sports massage and physiotherapy advice for runners.'),
  language: env('SITE_LANGUAGE', 'en-GB'),
});
