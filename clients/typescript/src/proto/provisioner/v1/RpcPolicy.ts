// Original file: protos/provisioner/v1/policy.proto

import type { Scope as _provisioner_v1_Scope, Scope__Output as _provisioner_v1_Scope__Output } from '../../provisioner/v1/Scope';
import type { ReturnCode as _provisioner_v1_ReturnCode, ReturnCode__Output as _provisioner_v1_ReturnCode__Output } from '../../provisioner/v1/ReturnCode';

/**
 * The access rule and the documented outcomes of one RPC.
 */
export interface RpcPolicy {
  /**
   * The credential the caller must present. Required.
   */
  'scope'?: (_provisioner_v1_Scope);
  /**
   * The status codes this RPC may return besides those of its service
   * policy, each with its meaning for the caller.
   */
  'returnCodes'?: (_provisioner_v1_ReturnCode)[];
}

/**
 * The access rule and the documented outcomes of one RPC.
 */
export interface RpcPolicy__Output {
  /**
   * The credential the caller must present. Required.
   */
  'scope': (_provisioner_v1_Scope__Output);
  /**
   * The status codes this RPC may return besides those of its service
   * policy, each with its meaning for the caller.
   */
  'returnCodes': (_provisioner_v1_ReturnCode__Output)[];
}
