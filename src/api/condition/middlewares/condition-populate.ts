import { defaultPopulate } from '../../../delivery/default-populate';
import { CONDITION_PAGE_POPULATE } from '../../../content-model/page-populate';

export default defaultPopulate({ findOne: CONDITION_PAGE_POPULATE });
