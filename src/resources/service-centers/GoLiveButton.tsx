import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import type { Gate } from './onboarding.ts';

/**
 * "Go live" (or reinstate a suspended or closed center), after a confirmation: for those the
 * server lets, disabled with its reason (onboarding staff reinstating) or with the gates still
 * missing on the checklist.
 */
export const GoLiveButton = ({ center, gates }: { center: ServiceCenter; gates: Gate[] }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const missing = gates.filter((g) => !g.met);
  const reinstating = center.onboardingStatus === 'suspended' || center.onboardingStatus === 'closed';
  return (
    <CommandButton
      resource="service-centers"
      action="go-live"
      record={center}
      label={reinstating ? 'resources.service-centers.onboarding.reinstate' : 'resources.service-centers.onboarding.goLive'}
      icon={<RocketLaunchIcon />}
      color="success"
      testId="go-live"
      reason={missing.length ? translate('resources.service-centers.onboarding.missing', { smart_count: missing.length, gates: missing.map((g) => g.label).join(', ') }) : null}
      run={() => dataProvider.goLive(center.id)}
      successMessage="resources.service-centers.onboarding.wentLive"
      confirm={{ title: 'resources.service-centers.onboarding.confirmTitle', content: 'resources.service-centers.onboarding.confirmContent', translateOptions: { name: center.name } }}
    />
  );
};
