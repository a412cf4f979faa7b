import { defaultPopulate } from '../../../delivery/default-populate';
import { ARTICLE_CARD, ARTICLE_PAGE_POPULATE } from '../../../content-model/page-populate';

export default defaultPopulate({ find: ARTICLE_CARD.populate, findOne: ARTICLE_PAGE_POPULATE });
