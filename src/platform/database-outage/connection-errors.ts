// Socket-level failures (Node) and PostgreSQL SQLSTATEs of class 08 (connection exception),
// 57P01-57P03 (shutdown, crash restart, not yet accepting connections) and 53300 (too many
// connections): the database could not be reached, the request itself was fine.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// node-postgres and knex say the same with messages only.
const CONNECTION_MESSAGES = [
  /Knex: Timeout acquiring a connection/,
  /Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /Unable to acquire a connection/,
  // node-postgres' connectionTimeoutMillis (DATABASE_CONNECT_TIMEOUT) ran out.
  /^timeout expired$/,
  /the database system is (shutting down|starting up|in recovery mode)/,
  /terminating connection due to administrator command/,
];

type Failure = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** Whether an error (or one it wraps) means "the database cannot be reached", not "this query is wrong". */
export const isConnectionError = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, errors } = error as Failure;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // AggregateError: a connection to "localhost" tries ::1 and 127.0.0.1 and fails with both.
  if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return isConnectionError(cause, depth + 1);
};
