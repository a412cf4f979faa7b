import { defaultPopulate } from '../../../delivery/default-populate';
import { AUTHOR_PAGE_POPULATE } from '../../../content-model/page-populate';

export default defaultPopulate({ find: AUTHOR_PAGE_POPULATE, findOne: AUTHOR_PAGE_POPULATE });
