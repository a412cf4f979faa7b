import { errors } from '@strapi/utils';

/**
 * A 403 whose message reaches the client. Strapi's authorize step rewrites any ForbiddenError
 * thrown below it into a bare "Forbidden"; only a PolicyError keeps its message, so this is
 * one, named ForbiddenError for clients.
 */
export class ForbiddenWithMessage extends errors.PolicyError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = 'ForbiddenError';
  }
}
