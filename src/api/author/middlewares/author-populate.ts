import { defaultPopulateOf } from '../../../delivery/default-populate';

export default defaultPopulateOf('api::author.author');
