import { DateField, useRecordContext, type DateFieldProps } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { isCalibrationOverdue } from './calibration.ts';

/** The next calibration day, in the theme's error colour once it is due. */
export const CalibrationDueField = ({ source = 'nextCalibrationDue', ...props }: Partial<DateFieldProps<Device>>) => {
  const record = useRecordContext<Device>();
  const overdue = isCalibrationOverdue(record?.nextCalibrationDue);
  return <DateField source={source} emptyText="—" {...props} sx={overdue ? { color: 'error.main', fontWeight: 'bold' } : undefined} />;
};
