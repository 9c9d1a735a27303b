import {
  BooleanField,
  DateField,
  EmailField,
  NumberField,
  ReferenceField,
  ReferenceManyCount,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { CustomerVehicles } from './CustomerVehicles.tsx';
import { CustomerPayments } from './CustomerPayments.tsx';
import { ContactPreferencesField } from './ContactPreferencesField.tsx';
import { RelatedDevices } from '../devices/RelatedDevices.tsx';
import { RelatedPackages } from '../shipment-packages/RelatedPackages.tsx';
import { RelatedWorkOrders } from '../work-orders/RelatedWorkOrders.tsx';
import { CustomerAppointmentRequests } from '../appointment-requests/CustomerAppointmentRequests.tsx';
import { CustomerNotes } from '../customer-notes/CustomerNotes.tsx';

import { NewComplaintButton } from '../complaints/NewComplaintButton.tsx';
import { RelatedComplaints } from '../complaints/RelatedComplaints.tsx';
import { RelatedCustomerDocuments } from '../customer-documents/RelatedCustomerDocuments.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { RelatedReportingObligations } from '../reporting-obligations/RelatedReportingObligations.tsx';

const count = (reference: string) => <ReferenceManyCount reference={reference} target="customerId" />;

export const CustomerShow = () => {
  const canRead = useCanRead('complaints', 'customer-documents', 'reporting-obligations');
  return (
    <Show title={<RecordTitle />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.customers.tabs.summary">
          <FieldGrid label={false}>
            <TextField source="firstName" />
            <TextField source="lastName" />
            <ChoiceField source="status" group="customerStatus" />
            <EmailField source="email" emptyText="—" />
            <TextField source="phone" emptyText="—" />
            <TextField source="street" emptyText="—" />
            <TextField source="city" emptyText="—" />
            <TextField source="state" emptyText="—" />
            <TextField source="postalCode" emptyText="—" />
            <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
            <TextField source="caseNumber" emptyText="—" />
            <DateField source="programStart" emptyText="—" />
            <DateField source="programEnd" emptyText="—" />
            <ChoiceField source="paymentPlan" group="paymentPlan" />
            <BooleanField source="autoPay" />
            <ReferenceField source="autoPayMethodId" reference="payment-methods" link={false} emptyText="—" />
            <NumberField source="balance" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
            <NumberField source="planAmount" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
            <DateField source="nextPaymentOn" emptyText="—" />
            <ChoiceField source="preferredChannel" group="contactChannel" />
            <BooleanField source="remindersOptIn" />
            <ChoiceField source="language" group="language" />
            <ContactPreferencesField label="resources.customers.fields.contactPreferences" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.vehicles" path="vehicles" count={count('vehicles')}>
          <CustomerVehicles label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.devices" path="devices" count={count('devices')}>
          <RelatedDevices target="customerId" hide={['lastCalibrationOn']} storeKey="customers.devices.datatable" label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.workOrders" path="work-orders" count={count('work-orders')}>
          <RelatedWorkOrders target="customerId" hide={['cost']} storeKey="customers.work-orders.datatable" label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.packages" path="packages" count={count('shipment-packages')}>
          <RelatedPackages target="customerId" storeKey="customers.shipment-packages.datatable" label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.payments" path="payments" count={count('payments')}>
          <CustomerPayments label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.appointmentRequests" path="appointment-requests" count={count('appointment-requests')}>
          <CustomerAppointmentRequests label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.customers.tabs.notes" path="notes" count={count('customer-notes')}>
          <CustomerNotes label={false} />
        </TabbedShowLayout.Tab>
        {canRead.complaints && (
          <TabbedShowLayout.Tab label="resources.customers.tabs.complaints" path="complaints" count={count('complaints')}>
            <NewComplaintButton target="customerId" label={false} />
            <RelatedComplaints target="customerId" storeKey="customers.complaints.datatable" label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead['customer-documents'] && (
          <TabbedShowLayout.Tab label="resources.customers.tabs.documents" path="documents" count={count('customer-documents')}>
            <RelatedCustomerDocuments label={false} />
          </TabbedShowLayout.Tab>
        )}
        {canRead['reporting-obligations'] && (
          <TabbedShowLayout.Tab label="resources.customers.tabs.reporting" path="reporting" count={count('reporting-obligations')}>
            <RelatedReportingObligations label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
