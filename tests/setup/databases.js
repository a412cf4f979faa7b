const ALL = ['sqlite', 'postgres'];

/** Which databases this run covers: both unless TEST_DATABASES names a subset. */
const selectedDatabases = () => {
  const wanted = (process.env.TEST_DATABASES || ALL.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !ALL.includes(name));
  if (unknown.length > 0) throw new Error(`TEST_DATABASES: unknown database(s) ${unknown.join(', ')}; use ${ALL.join(', ')}`);
  return wanted;
};

module.exports = { selectedDatabases };
