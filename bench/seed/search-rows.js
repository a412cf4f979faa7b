// Search index rows written next to the documents, with the app's own text extraction (from
// dist/), so the boot-time check finds as many entries as published documents and skips the
// rebuild, which would take hours through the Document Service at 100k articles.
const path = require('path');

const ENTRIES = 'search_entries';
const TERMS = 'search_terms';

const createSearchRows = (distDir, writer) => {
  const { SEARCHABLE } = require(path.join(distDir, 'src', 'content-model', 'registry.js'));
  const { searchEntryOf } = require(path.join(distDir, 'src', 'editorial', 'search-index', 'search-index.js'));
  const { wordsOf, isCorrectableWord } = require(path.join(distDir, 'src', 'delivery', 'search', 'words.js'));
  const terms = new Set();

  /** The entry of one published document, as the app's reindex would write it. */
  const add = (uid, document) => {
    if (!SEARCHABLE.has(uid)) return;
    const { row, text } = searchEntryOf(uid, { ...document, publishedAt: document.publishedAt ?? new Date() });
    writer.add(ENTRIES, row);
    for (const word of wordsOf(Object.values(text).join('\n'))) if (isCorrectableWord(word)) terms.add(word);
  };

  /** Queues the words the index knows, for "did you mean" (after all documents were added). */
  const addTerms = () => {
    for (const term of terms) writer.add(TERMS, { term });
    return terms.size;
  };

  return { add, addTerms, searchableUids: [...SEARCHABLE.keys()], ENTRIES };
};

module.exports = { createSearchRows };
