import { errors } from '@strapi/utils';

export type Page = { page: number; pageSize: number; start: number };

const wholeNumber = (value: unknown, name: string, min: number, max: number, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new errors.ValidationError(`"${name}" must be a whole number from ${min} to ${max}.`);
  }
  return number;
};

/** page/pageSize from a query string (flat or as pagination[page]), checked, with Strapi's limits. */
export const readPage = (query: Record<string, unknown>, maxPageSize = 100, defaultPageSize = 10): Page => {
  const nested = (query.pagination ?? {}) as Record<string, unknown>;
  const page = wholeNumber(query.page ?? nested.page, 'page', 1, 100_000, 1);
  const pageSize = wholeNumber(query.pageSize ?? nested.pageSize, 'pageSize', 1, maxPageSize, defaultPageSize);
  return { page, pageSize, start: (page - 1) * pageSize };
};

export const pageMeta = ({ page, pageSize }: Page, total: number) => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});
