import { defaultPopulate } from '../../../delivery/default-populate';
import { BENEFIT_PAGE_POPULATE } from '../../../content-model/page-populate';

export default defaultPopulate({ findOne: BENEFIT_PAGE_POPULATE });
