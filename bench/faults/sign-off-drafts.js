#!/usr/bin/env node
// Signs off draft articles as a medical reviewer's sign-off would, for the fault run: the
// harness writes over REST with an API token, which may never sign a review. Runs as the
// server (no request), like the seed. Usage: node bench/faults/sign-off-drafts.js <documentId>...
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { runForked } = require('../processes');

const appDir = path.resolve(__dirname, '..', '..');
const ARTICLE = 'api::article.article';

// Who the harness signs as: the review line the public site shows for these articles.
const REVIEWER = { reviewerName: 'Fault Harness', credentials: 'MCSP, HCPC-registered physiotherapist' };

const main = async () => {
  const documentIds = process.argv.slice(2);
  const distDir = path.join(appDir, 'dist');
  const { contentSignature } = require(path.join(distDir, 'src', 'editorial', 'review', 'content-signature.js'));
  const strapi = createStrapi({ appDir, distDir });
  strapi.log.level = 'warn';
  await strapi.load();
  try {
    for (const documentId of documentIds) {
      const draft = await strapi.documents(ARTICLE).findOne({ documentId, status: 'draft', populate: { sources: true, faq: true } });
      if (!draft) throw new Error(`${documentId}: no draft to sign off`);
      const now = new Date();
      const medicalReview = {
        ...REVIEWER,
        reviewedOn: now.toISOString().slice(0, 10),
        signedOffAt: now.toISOString(),
        contentSignature: contentSignature(draft),
      };
      await strapi.documents(ARTICLE).update({ documentId, status: 'draft', data: { medicalReview } });
    }
  } finally {
    await strapi.destroy();
  }
};

runForked(main);
