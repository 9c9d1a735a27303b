import { DataTable, TextField } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<ServiceCenter>;

/**
 * The service centers of the region or jurisdiction shown, for a show-page tab
 * (`label={false}` keeps the tab from labelling it). The column of `target` is left out.
 */
export const RelatedServiceCenters = ({ target }: { target: 'regionId' | 'jurisdictionId'; label?: false }) => (
  <RelatedTable reference="service-centers" target={target} sort={{ field: 'name', order: 'ASC' }} storeKey={`service-centers.by-${target}.datatable`}>
    <Column source="name" />
    <Column source="city" />
    <Column source="state" />
    {target !== 'regionId' && <ReferenceColumn source="regionId" reference="regions" link={false} />}
    {target !== 'jurisdictionId' && <ReferenceColumn source="jurisdictionId" reference="jurisdictions" link={false} />}
    <ChoiceColumn source="onboardingStatus" group="onboardingStatus" />
    <Column source="phone">
      <TextField source="phone" emptyText="—" />
    </Column>
  </RelatedTable>
);
