import type { Core } from '@strapi/strapi';
import { answerHitsFirst } from './answer-hits-first';
import { responseCacheOf } from './response-cache';

/** Starts read tracking and the channel between instances once the database is up. */
export const startResponseCache = async (strapi: Core.Strapi) => {
  const cache = responseCacheOf(strapi);
  if (!cache.enabled) return;
  await cache.start();
  answerHitsFirst(strapi);
};

export const stopResponseCache = (strapi: Core.Strapi) => responseCacheOf(strapi).stop();
