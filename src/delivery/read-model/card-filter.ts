import { errors } from '@strapi/utils';

/** The taxonomies a list of cards can be narrowed to, by the slug of one of their terms. */
const CARD_FILTERS = { topic: 'api::topic.topic', condition: 'api::condition.condition' } as const;
const MAX_SLUG_LENGTH = 255;

export type CardFilter = { uid: (typeof CARD_FILTERS)[keyof typeof CARD_FILTERS]; slug: string };

/** `topic` or `condition` of a cards request, checked: one of them at most, each a slug. */
export const readCardFilter = (query: Record<string, unknown>): CardFilter | undefined => {
  const given = (Object.keys(CARD_FILTERS) as Array<keyof typeof CARD_FILTERS>).filter((name) => query[name] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length > 1) throw new errors.ValidationError('Give "topic" or "condition", not both.');
  const [name] = given;
  const slug = query[name];
  if (typeof slug !== 'string' || slug === '' || slug.length > MAX_SLUG_LENGTH) {
    throw new errors.ValidationError(`"${name}" must be one slug of at most ${MAX_SLUG_LENGTH} characters.`);
  }
  return { uid: CARD_FILTERS[name], slug };
};
