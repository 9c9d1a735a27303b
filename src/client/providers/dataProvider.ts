import jsonServerProvider from 'ra-data-json-server';
import { httpClient } from '../../providers/httpClient.ts';

/** ra-core's data provider for the portal: the json-server dialect of /api, as the back office's. */
export const clientDataProvider = jsonServerProvider('/api', httpClient);
