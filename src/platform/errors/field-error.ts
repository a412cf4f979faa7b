import { errors } from '@strapi/utils';

/**
 * A 400 that names the field at fault, in the shape of Strapi's own yup validation errors
 * (`details.errors: [{ path, message, name }]`), which clients read per field.
 */
export const fieldError = (path: string | string[], message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: typeof path === 'string' ? [path] : path, message, name: 'ValidationError' }],
  });
