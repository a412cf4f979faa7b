process.env.TEST_DATABASE_CLIENT = 'sqlite';
