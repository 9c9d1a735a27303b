import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';

/**
 * A filter above a list picking one record of a larger referenced resource (service centers,
 * customers) by typing: for `<List filters>`, with `key`, `source`, `reference` and usually
 * `alwaysOn`. The sidebar's ReferenceFilterList suits small resources instead.
 */
export const ReferenceFilterInput = ({
  source,
  reference,
  minWidth = 240,
  ...props
}: Omit<ReferenceInputProps, 'children'> & { source: string; reference: string; minWidth?: number }) => (
  <ReferenceInput source={source} reference={reference} {...props}>
    <AutocompleteInput size="small" sx={{ minWidth }} />
  </ReferenceInput>
);
