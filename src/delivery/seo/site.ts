import type { Core } from '@strapi/strapi';

export type Site = { name: string; url: string; description: string; language: string };

/** The public site as structured data and feeds describe it. */
export const siteOf = (strapi: Core.Strapi): Site => ({
  name: strapi.config.get('site.name') as string,
  description: strapi.config.get('site.description') as string,
  language: strapi.config.get('site.language') as string,
  url: strapi.config.get('frontend.url') as string,
});
