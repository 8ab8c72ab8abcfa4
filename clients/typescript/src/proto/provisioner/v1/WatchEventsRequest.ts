// Original file: protos/provisioner/v1/provisioning_service.proto


/**
 * Request of ProvisioningService.WatchEvents.
 */
export interface WatchEventsRequest {
  /**
   * Only events of this host, `hosts/{host}`. Unset: every host.
   */
  'host'?: (string);
  /**
   * The cursor of the last event received: the stream resumes right after
   * it. Unset: the stream starts with the next event to happen.
   */
  'resumeCursor'?: (string);
}

/**
 * Request of ProvisioningService.WatchEvents.
 */
export interface WatchEventsRequest__Output {
  /**
   * Only events of this host, `hosts/{host}`. Unset: every host.
   */
  'host': (string);
  /**
   * The cursor of the last event received: the stream resumes right after
   * it. Unset: the stream starts with the next event to happen.
   */
  'resumeCursor': (string);
}
