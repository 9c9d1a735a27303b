import { DateField, ReferenceManyCount, Show, TabbedShowLayout, TextField } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { RelatedDevices } from '../devices/RelatedDevices.tsx';
import { RelatedWorkOrders } from '../work-orders/RelatedWorkOrders.tsx';
import { RelatedAudits } from '../audits/RelatedAudits.tsx';
import { ServiceCenterRating } from '../ratings/ServiceCenterRating.tsx';
import { AddInstallerButton } from './AddInstallerButton.tsx';
import { InsuranceLapseAlert } from './InsuranceLapseAlert.tsx';
import { ServiceCenterContacts } from './ServiceCenterContacts.tsx';
import { ServiceCenterInstallers } from './ServiceCenterInstallers.tsx';
import { ServiceCenterOnboarding } from './ServiceCenterOnboarding.tsx';
import { ServiceCenterPriceList } from './ServiceCenterPriceList.tsx';
import { ServiceCenterShipments } from './ServiceCenterShipments.tsx';
import { ServiceCenterSummary } from './ServiceCenterSummary.tsx';
import { StatementButton } from '../../portal/statement/StatementButton.tsx';
import { CenterHoursTab } from '../center-closures/CenterHoursTab.tsx';
import { NewComplaintButton } from '../complaints/NewComplaintButton.tsx';
import { RelatedComplaints } from '../complaints/RelatedComplaints.tsx';

const count = (reference: string) => <ReferenceManyCount reference={reference} target="serviceCenterId" />;

export const ServiceCenterShow = () => {
  const canRead = useCanRead('devices', 'work-orders', 'shipments', 'audits', 'ratings', 'center-closures', 'complaints');
  return (
    <Show title={<RecordTitle />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.service-centers.tabs.summary">
          <InsuranceLapseAlert label={false} />
          <StatementButton label={false} />
          <ServiceCenterSummary label={false} />
          <FieldGrid label={false}>
            <DateField source="statusChangedAt" showTime emptyText="—" />
            <DateField source="wentLiveAt" showTime emptyText="—" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
          <ServiceCenterContacts label="resources.service-centers.fields.contacts" />
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.service-centers.tabs.onboarding" path="onboarding">
          <ServiceCenterOnboarding label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.service-centers.tabs.priceList" path="prices">
          <ServiceCenterPriceList label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.service-centers.tabs.installers" path="installers" count={count('installers')}>
          <AddInstallerButton label={false} />
          <ServiceCenterInstallers label={false} />
        </TabbedShowLayout.Tab>
        {canRead.devices && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.devices" path="devices" count={count('devices')}>
            <RelatedDevices target="serviceCenterId" hide={['vehicleId', 'lastCalibrationOn']} storeKey="devices.by-center.datatable" label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead['work-orders'] && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.workOrders" path="work-orders" count={count('work-orders')}>
            <RelatedWorkOrders target="serviceCenterId" hide={['vehicleId']} storeKey="work-orders.by-center.datatable" label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead.shipments && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.shipments" path="shipments" count={count('shipments')}>
            <ServiceCenterShipments label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead.ratings && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.rating" path="rating">
            <ServiceCenterRating label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead.audits && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.audits" path="audits" count={count('audits')}>
            <RelatedAudits label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead.complaints && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.complaints" path="complaints" count={count('complaints')}>
            <NewComplaintButton target="serviceCenterId" label={false} />
            <RelatedComplaints target="serviceCenterId" storeKey="complaints.by-center.datatable" label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead['center-closures'] && (
          <TabbedShowLayout.Tab label="resources.service-centers.tabs.closures" path="closures" count={count('center-closures')}>
            <CenterHoursTab label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
