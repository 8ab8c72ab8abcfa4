// Original file: protos/provisioner/v1/provisioning_resources.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { EventType as _provisioner_v1_EventType, EventType__Output as _provisioner_v1_EventType__Output } from '../../provisioner/v1/EventType';
import type { ProvisioningState as _provisioner_v1_ProvisioningState, ProvisioningState__Output as _provisioner_v1_ProvisioningState__Output } from '../../provisioner/v1/ProvisioningState';

/**
 * A change in the life of a host, as a watch stream delivers it.
 */
export interface Event {
  /**
   * The position of the event in the deployment's event log. Pass it as
   * WatchEventsRequest.resume_cursor to resume after it. Opaque.
   */
  'cursor'?: (string);
  /**
   * When the event happened.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * What happened.
   */
  'type'?: (_provisioner_v1_EventType);
  /**
   * The host, `hosts/{host}`.
   */
  'host'?: (string);
  /**
   * The provisioning, for provisioning events.
   */
  'provisioning'?: (string);
  /**
   * The provisioning's state after the event, for provisioning events.
   */
  'state'?: (_provisioner_v1_ProvisioningState);
  /**
   * The installer's progress, 0 to 100, for progress events.
   */
  'progressPercent'?: (number);
  /**
   * A human-readable account of the event.
   */
  'message'?: (string);
}

/**
 * A change in the life of a host, as a watch stream delivers it.
 */
export interface Event__Output {
  /**
   * The position of the event in the deployment's event log. Pass it as
   * WatchEventsRequest.resume_cursor to resume after it. Opaque.
   */
  'cursor': (string);
  /**
   * When the event happened.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * What happened.
   */
  'type': (_provisioner_v1_EventType__Output);
  /**
   * The host, `hosts/{host}`.
   */
  'host': (string);
  /**
   * The provisioning, for provisioning events.
   */
  'provisioning': (string);
  /**
   * The provisioning's state after the event, for provisioning events.
   */
  'state': (_provisioner_v1_ProvisioningState__Output);
  /**
   * The installer's progress, 0 to 100, for progress events.
   */
  'progressPercent': (number);
  /**
   * A human-readable account of the event.
   */
  'message': (string);
}
