/** `resources.equipment.*`: the portal's equipment page (incoming shipments and received packages of the center). */
export const equipmentMessages = {
  menu: 'Equipment',
  title: 'Equipment',
  intro: 'Shipments on their way to you, with their packing lists. Receive each package when it arrives: its devices become your stock for the work order they were sent for.',
  incoming: 'On its way',
  empty: 'Nothing on its way',
  emptyHelp: 'When the provider ships equipment to you, its tracking number and packing list appear here.',
  shipment: '%{carrier} %{trackingNumber}',
  shipped: 'Shipped %{date}',
  packages: '%{smart_count} package |||| %{smart_count} packages',
  workOrder: 'Work order %{number}',
  contents: 'Contents: %{contents}',
  serials: 'Serials: %{serials}',
  receivedAt: 'Received %{date} by %{name}',
  recent: 'Received in the last 30 days',
  recentEmpty: 'Nothing received in the last 30 days',
};
