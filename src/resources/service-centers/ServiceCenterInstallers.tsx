import { BooleanField, DataTable } from 'react-admin';
import type { Installer } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<Installer>;

/** The center's installers, for a show-page tab (`label={false}`). */
export const ServiceCenterInstallers = (_props: { label?: false }) => (
  <RelatedTable reference="installers" target="serviceCenterId" sort={{ field: 'lastName', order: 'ASC' }} storeKey="installers.by-center.datatable">
    <Column source="lastName" />
    <Column source="firstName" />
    <ChoiceColumn source="duties" group="staffDuties" />
    <ChoiceColumn source="trainingStatus" group="trainingStatus" />
    <DateColumn source="trainedOn" emptyText="—" />
    <ChoiceColumn source="certificationStatus" group="certificationStatus" />
    <DateColumn source="certificationExpiresOn" emptyText="—" />
    <ChoiceColumn source="backgroundCheck" group="backgroundCheck" />
    <Column source="active" align="center" field={BooleanField} />
  </RelatedTable>
);
