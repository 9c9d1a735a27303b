import { DataTable, type SortPayload } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

type Target = 'customerId' | 'shipmentId';

const Column = DataTable.Col<ShipmentPackage>;

/** The labelled shipment packages of the customer or shipment shown, for a show-page tab (`label={false}`). The column of `target` is left out. */
export const RelatedPackages = ({
  target,
  sort = { field: 'id', order: 'DESC' },
  storeKey,
}: {
  target: Target;
  sort?: SortPayload;
  storeKey: string;
  label?: false;
}) => (
  <RelatedTable reference="shipment-packages" target={target} sort={sort} storeKey={storeKey}>
    <Column source="label" />
    {target !== 'shipmentId' && <ReferenceColumn source="shipmentId" reference="shipments" link={false} />}
    {target !== 'customerId' && <ReferenceColumn source="customerId" reference="customers" link={false} />}
    <ReferenceColumn source="workOrderId" reference="work-orders" link={false} emptyText="—" />
    <Column source="contents" />
  </RelatedTable>
);
