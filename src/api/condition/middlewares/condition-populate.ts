import { defaultPopulate } from '../../../delivery/default-populate';
import { CONDITION_PAGE_POPULATE } from '../../../delivery/page-populate';

export default defaultPopulate({ findOne: CONDITION_PAGE_POPULATE });
