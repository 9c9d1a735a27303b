import type { User } from '../../../server/resources/types.ts';

export type UserFormValues = Partial<User> & { password?: string | null };

/**
 * What the user form sends: a blank password is left out (keep the current one); the region
 * only for a regional manager, the service center only for center staff and the customer only for
 * a customer's own login, so that a change
 * of role does not leave a stale scope behind.
 */
export function toUserPayload(values: UserFormValues): UserFormValues {
  const { password, ...rest } = values;
  return {
    ...rest,
    regionId: values.role === 'regional-manager' ? (values.regionId ?? null) : null,
    serviceCenterId: values.role === 'center-staff' ? (values.serviceCenterId ?? null) : null,
    customerId: values.role === 'customer' ? (values.customerId ?? null) : null,
    ...(password ? { password } : {}),
  };
}
