// Original file: protos/provisioner/v1/provisioning_service.proto

import type { Event as _provisioner_v1_Event, Event__Output as _provisioner_v1_Event__Output } from '../../provisioner/v1/Event';

/**
 * One message of ProvisioningService.WatchEvents.
 */
export interface WatchEventsResponse {
  /**
   * The event.
   */
  'event'?: (_provisioner_v1_Event | null);
}

/**
 * One message of ProvisioningService.WatchEvents.
 */
export interface WatchEventsResponse__Output {
  /**
   * The event.
   */
  'event': (_provisioner_v1_Event__Output | null);
}
