import { z } from 'zod';

/** Ways an operator can reach a customer for marketing. */
export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'post'] as const;
export const ZConsentChannelSchema = z.enum(CONSENT_CHANNELS);
export type TConsentChannel = z.infer<typeof ZConsentChannelSchema>;
