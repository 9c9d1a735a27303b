export const installerMessages = {
  name: 'Installer |||| Installers',
  fields: {
    serviceCenterId: 'Service center',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    duties: 'Duties',
    trainingStatus: 'Training',
    trainedOn: 'Trained on',
    trainingMethod: 'Training method',
    trainer: 'Trainer',
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
  helpers: {
    training: 'A center goes live when every active staff member has completed training, with its date, method and trainer',
  },
  empty: 'No installers match',
};
