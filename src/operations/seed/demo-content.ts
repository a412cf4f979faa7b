import fs from 'fs';
import path from 'path';

export type AuthorSeed = { name: string; slug: string; role: string; credentials: string; bio: string };
export type TopicSeed = { name: string; slug: string; description: string };
export type ConditionSeed = {
  name: string;
  slug: string;
  alsoKnownAs: string[];
  bodyRegion: string;
  summary: string;
  symptoms: string;
  whenToSeeClinician: string;
};
export type BenefitSeed = {
  name: string;
  slug: string;
  alsoKnownAs: string[];
  summary: string;
  description: string;
  evidenceLevel: string;
  conditions: string[];
};
export type ClinicSeed = {
  name: string;
  slug: string;
  address: Record<string, string>;
  latitude: number;
  longitude: number;
  phone: string;
  email: string;
  website: string;
  bookingUrl: string;
  openingHours: Array<{ day: string; opens: string; closes: string }>;
  services: Array<{ name: string; description: string; durationMinutes: number }>;
};
export type ArticleSeed = {
  title: string;
  slug: string;
  excerpt: string;
  status: 'published' | 'draft';
  publishedDaysAgo: number;
  featured: boolean;
  author: string;
  topics: string[];
  benefits: string[];
  conditions: string[];
  clinics: string[];
  seo: { metaTitle: string; metaDescription: string };
  review: { reviewerName: string; credentials: string };
  sources: Array<{ title: string; publisher: string; url: string; year: number }>;
  faq: Array<{ question: string; answer: string }>;
  body: string;
};

export type DemoContent = {
  authors: AuthorSeed[];
  topics: TopicSeed[];
  conditions: ConditionSeed[];
  benefits: BenefitSeed[];
  clinics: ClinicSeed[];
  articles: ArticleSeed[];
};

const readJson = <T>(dir: string, file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;

/**
 * The demo content written for this project, read from src/operations/seed/demo-content (JSON for the
 * structured types, one Markdown file per article body so writers can edit prose as prose).
 */
export const loadDemoContent = (dir: string): DemoContent => {
  const articles = readJson<Array<Omit<ArticleSeed, 'body'>>>(dir, 'articles.json').map((article) => ({
    ...article,
    body: fs.readFileSync(path.join(dir, 'articles', `${article.slug}.md`), 'utf8'),
  }));
  return {
    authors: readJson(dir, 'authors.json'),
    topics: readJson(dir, 'topics.json'),
    conditions: readJson(dir, 'conditions.json'),
    benefits: readJson(dir, 'benefits.json'),
    clinics: readJson(dir, 'clinic-locations.json'),
    articles,
  };
};
