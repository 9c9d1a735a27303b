export const installerMessages = {
  name: 'Installer |||| Installers',
  fields: {
    serviceCenterId: 'Service center',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    trainingStatus: 'Training',
    trainedOn: 'Trained on',
    certificationStatus: 'Certification',
    certificationExpiresOn: 'Certification expires',
    backgroundCheck: 'Background check',
    active: 'Active',
    createdAt: 'Created',
    updatedAt: 'Last changed',
  },
  tabs: {
    summary: 'Installer',
    serviceCenter: 'Service center',
  },
  empty: 'No installers match',
};
