// The one messenger for the ProtocolMap: content scripts and popup import `sendMessage`, the
// background worker imports `onMessage`, so both ends share one protocol type.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol.ts';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
