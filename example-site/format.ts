const locale = () => document.documentElement.lang || 'en-GB';

/** "16 November 2026". Date-only values (YYYY-MM-DD) are read as that calendar day, wherever the reader is. */
export const formatDate = (value: string | null | undefined) => {
  if (!value) return '';
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(isDateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
};

export const formatReadingTime = (minutes: number | null | undefined) => (minutes ? `${minutes} min read` : '');

/** "2.7 km", "42 km": a decimal only where it tells a reader something. */
export const formatDistance = (km: number) => {
  const digits = km < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(km)} km`;
};

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const BODY_REGIONS: Record<string, string> = {
  foot_ankle: 'Foot and ankle',
  lower_leg: 'Lower leg',
  knee: 'Knee',
  thigh: 'Thigh',
  hip_pelvis: 'Hip and pelvis',
  lower_back: 'Lower back',
  upper_back_neck: 'Upper back and neck',
  shoulder_arm: 'Shoulder and arm',
  whole_body: 'Whole body',
};

export const bodyRegionLabel = (region: string | null | undefined) => (region ? (BODY_REGIONS[region] ?? region) : '');

const EVIDENCE: Record<string, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  anecdotal: 'Anecdotal evidence',
};

export const evidenceLabel = (level: string | null | undefined) => (level ? (EVIDENCE[level] ?? level) : '');
