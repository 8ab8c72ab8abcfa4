// Original file: protos/provisioner/v1/policy.proto

import type { ReturnCode as _provisioner_v1_ReturnCode, ReturnCode__Output as _provisioner_v1_ReturnCode__Output } from '../../provisioner/v1/ReturnCode';

/**
 * Outcomes common to every method of a service.
 */
export interface ServicePolicy {
  /**
   * The status codes every method of the service may return.
   */
  'returnCodes'?: (_provisioner_v1_ReturnCode)[];
}

/**
 * Outcomes common to every method of a service.
 */
export interface ServicePolicy__Output {
  /**
   * The status codes every method of the service may return.
   */
  'returnCodes': (_provisioner_v1_ReturnCode__Output)[];
}
