/** Record types for the SPA (import type only). */
export type { Jurisdiction } from './jurisdictions.ts';
export type { Region } from './regions.ts';
export type { ServiceCenter } from './service-centers.ts';
export type { Installer } from './installers.ts';
export type { Customer } from './customers.ts';
export type { Vehicle } from './vehicles.ts';
export type { Device } from './devices.ts';
export type { WorkOrder } from './work-orders.ts';
export type { Shipment } from './shipments.ts';
export type { ShipmentPackage } from './shipment-packages.ts';
export type { User } from './users.ts';
export type { AuditLogEntry } from './audit-log.ts';
export type { AuditTemplateRecord, Audit, FindingRecord, CorrectiveAction, RatingRecord } from './audits.ts';
export type { DocumentRecord } from './documents.ts';
export type { OutboxMessage } from './outbox.ts';
export type { UnlockCode } from './unlock-codes.ts';
export type { BaseRecord } from './fields.ts';
export type { CenterClosure } from './center-closures.ts';
