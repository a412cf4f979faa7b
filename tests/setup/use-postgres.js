process.env.TEST_DATABASE_CLIENT = 'postgres';
