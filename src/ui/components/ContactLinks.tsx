import { ChatIcon, EnvelopeClosedIcon, LocationPinIcon, PhoneIcon } from '@navikt/aksel-icons';
import { HStack, VStack } from '@navikt/ds-react';
import { formatPhone } from '../../domain/validation';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from './LinkButton';

/**
 * Reach a person from the phone: call, SMS, e-mail, and the address in the
 * phone's map app (maps.apple.com opens Apple Maps on iPhone and forwards to
 * Google Maps elsewhere).
 */
export function ContactLinks({ name, phone, email, address }: { name: string; phone: string; email: string; address: string }) {
  const { t } = useI18n();
  if (!phone && !email && !address) return null;
  return (
    <VStack gap="space-8">
      {phone && (
        <HStack gap="space-8" wrap>
          <LinkButton href={`tel:+47${phone}`} variant="secondary" size="small" icon={<PhoneIcon aria-hidden />}>
            {t('person.call', { number: formatPhone(phone) })}
          </LinkButton>
          <LinkButton href={`sms:+47${phone}`} variant="secondary" size="small" icon={<ChatIcon aria-hidden />}>
            {t('person.sms', { name })}
          </LinkButton>
        </HStack>
      )}
      {email && (
        <LinkButton href={`mailto:${email}`} variant="tertiary" size="small" icon={<EnvelopeClosedIcon aria-hidden />}>
          {t('person.mail', { email })}
        </LinkButton>
      )}
      {address && (
        <LinkButton
          href={`https://maps.apple.com/?q=${encodeURIComponent(address)}`}
          target="_blank"
          rel="noopener noreferrer"
          variant="tertiary"
          size="small"
          icon={<LocationPinIcon aria-hidden />}
          aria-label={`${t('person.map')}: ${address}`}
        >
          {address}
        </LinkButton>
      )}
    </VStack>
  );
}
