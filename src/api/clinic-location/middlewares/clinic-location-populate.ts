import { defaultPopulate } from '../../../delivery/default-populate';
import { CLINIC_LIST_POPULATE, CLINIC_PAGE_POPULATE } from '../../../content-model/page-populate';

export default defaultPopulate({ find: CLINIC_LIST_POPULATE, findOne: CLINIC_PAGE_POPULATE });
