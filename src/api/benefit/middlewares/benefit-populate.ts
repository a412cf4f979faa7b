import { defaultPopulate } from '../../../delivery/default-populate';
import { BENEFIT_PAGE_POPULATE } from '../../../delivery/page-populate';

export default defaultPopulate({ findOne: BENEFIT_PAGE_POPULATE });
