/** Client-side mirror of the server rule: at most one price per service type. */
export const onePricePerServiceType = (list: { serviceType?: string | null }[] | null | undefined) => {
  if (!list) return undefined;
  const types = list.map((item) => item?.serviceType).filter(Boolean);
  return new Set(types).size === types.length ? undefined : 'resources.service-centers.errors.onePricePerService';
};
