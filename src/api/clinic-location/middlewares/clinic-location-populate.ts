import { defaultPopulateOf } from '../../../delivery/default-populate';

export default defaultPopulateOf('api::clinic-location.clinic-location');
