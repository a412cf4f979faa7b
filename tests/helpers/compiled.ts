import path from 'path';
import type { TestApp } from './strapi';

/**
 * A module of the running app, as the app loaded it from dist/. Code that keeps state per module
 * (an AsyncLocalStorage naming the server job a write runs in) must be called through the app's
 * own copy: the test's copy compiled from src/ is another module with another store.
 */
export const appModule = <Module>(app: TestApp, relativePath: string): Module =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(app.strapi.dirs.dist.src, relativePath));
