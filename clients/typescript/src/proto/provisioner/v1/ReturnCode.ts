// Original file: protos/provisioner/v1/policy.proto

import type { Code as _google_rpc_Code, Code__Output as _google_rpc_Code__Output } from '../../google/rpc/Code';

/**
 * One documented outcome of an RPC.
 */
export interface ReturnCode {
  /**
   * The canonical gRPC status code.
   */
  'code'?: (_google_rpc_Code);
  /**
   * What the code means for this call and what the caller should do.
   */
  'meaning'?: (string);
}

/**
 * One documented outcome of an RPC.
 */
export interface ReturnCode__Output {
  /**
   * The canonical gRPC status code.
   */
  'code': (_google_rpc_Code__Output);
  /**
   * What the code means for this call and what the caller should do.
   */
  'meaning': (string);
}
