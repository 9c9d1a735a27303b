export const regionMessages = {
  name: 'Region |||| Regions',
  fields: {
    code: 'Code',
    name: 'Name',
    description: 'Description',
    serviceCenters: 'Service centers',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Region',
    serviceCenters: 'Service centers',
  },
  empty: 'No regions match',
};
