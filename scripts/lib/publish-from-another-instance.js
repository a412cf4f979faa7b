// Plays "another instance" publishing a new title for an article, with SQL on its own connection:
// the rows its publish writes (the article, its search entry, and its page, card and JSON-LD in
// the read model), then the invalidation it announces. The app under test hears of it only
// through LISTEN/NOTIFY. For the pg-restart fault scenario and the outage test.

// The response cache's channel by default (config/response-cache.ts, RESPONSE_CACHE_CHANNEL).
const CHANNEL = 'wellness_response_cache';

const publishTitleFromAnotherInstance = async (client, { documentId, title, origin }) => {
  await client.query('UPDATE articles SET title = $1 WHERE document_id = $2', [title, documentId]);
  await client.query("UPDATE search_entries SET title = $1 WHERE content_type = 'article' AND document_id = $2", [title, documentId]);
  await client.query(
    `UPDATE read_model_pages SET page = jsonb_set(page::jsonb, '{title}', to_jsonb($1::text))::text,
       card = jsonb_set(card::jsonb, '{title}', to_jsonb($1::text))::text,
       json_ld = jsonb_set(jsonb_set(json_ld::jsonb, '{@graph,0,name}', to_jsonb($1::text)), '{@graph,1,headline}', to_jsonb($1::text))::text
     WHERE content_type = 'api::article.article' AND document_id = $2`,
    [title, documentId]
  );
  await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ origin, tags: ['api::article.article'], shared: false })]);
};

module.exports = { publishTitleFromAnotherInstance };
