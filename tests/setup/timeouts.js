// Booting Strapi and building its schema takes seconds on a shared 2-core machine.
jest.setTimeout(180_000);
