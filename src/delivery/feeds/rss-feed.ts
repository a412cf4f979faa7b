import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import { siteOf } from '../seo/site';
import { element, xmlText } from './xml';
import { ARTICLE } from '../../content-model/registry';
import { documentsOf } from '../../content-model/documents';

const FEED_SIZE = 30;

type FeedArticle = {
  title: string;
  slug: string;
  excerpt?: string | null;
  publishedAt: string;
  author?: { name: string } | null;
  topics?: Array<{ name: string }>;
};

/** RSS 2.0 of the latest published articles, optionally of one topic. */
export const rssFeed = async (strapi: Core.Strapi, selfUrl: string, topicSlug?: string) => {
  const site = siteOf(strapi);
  let title = site.name;
  let link = site.url;
  if (topicSlug) {
    const topic = await strapi.documents('api::topic.topic').findFirst({ status: 'published', filters: { slug: topicSlug } });
    if (!topic) throw new errors.NotFoundError(`No published topic has the slug "${topicSlug}".`);
    title = `${site.name}: ${topic.name}`;
    link = absoluteUrl(site.url, pagePath('api::topic.topic', topicSlug) as string);
  }
  const articles = await documentsOf(strapi, ARTICLE).findMany<FeedArticle>({
    status: 'published',
    filters: topicSlug ? { topics: { slug: topicSlug } } : {},
    sort: 'publishedAt:desc',
    limit: FEED_SIZE,
    fields: ['title', 'slug', 'excerpt', 'publishedAt'],
    populate: { author: { fields: ['name'] }, topics: { fields: ['name'] } },
  });

  const items = articles.map((article) => {
    const url = absoluteUrl(site.url, pagePath(ARTICLE, article.slug) as string);
    return [
      '<item>',
      element('title', article.title),
      element('link', url),
      element('guid', url, ' isPermaLink="true"'),
      element('pubDate', new Date(article.publishedAt).toUTCString()),
      element('description', article.excerpt),
      element('dc:creator', article.author?.name),
      ...(article.topics ?? []).map((topic) => element('category', topic.name)),
      '</item>',
    ].join('');
  });
  const lastBuild = articles[0] ? new Date(articles[0].publishedAt) : new Date(0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', title),
    element('link', link),
    element('description', site.description),
    element('language', site.language),
    `<atom:link href="${xmlText(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', lastBuild.toUTCString()),
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
};
