// Original file: protos/provisioner/v1/auth_service.proto

import type { Scope as _provisioner_v1_Scope, Scope__Output as _provisioner_v1_Scope__Output } from '../../provisioner/v1/Scope';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

/**
 * A session: what a bearer token stands for.
 */
export interface Session {
  /**
   * The session's resource name, `apids/{apid}/sessions/{session}`.
   * Output only.
   */
  'name'?: (string);
  /**
   * The APID the session belongs to. Output only.
   */
  'apid'?: (string);
  /**
   * The user name bound to the APID. Output only.
   */
  'userName'?: (string);
  /**
   * The scopes the session holds, those of its APID. Output only.
   */
  'scopes'?: (_provisioner_v1_Scope)[];
  /**
   * The client address the session is bound to, as text (IPv4 dotted quad
   * or IPv6). Output only.
   */
  'clientAddress'?: (string);
  /**
   * When the session was created. Output only.
   */
  'createTime'?: (_google_protobuf_Timestamp | null);
  /**
   * When the token stops being accepted. Output only.
   */
  'expireTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A session: what a bearer token stands for.
 */
export interface Session__Output {
  /**
   * The session's resource name, `apids/{apid}/sessions/{session}`.
   * Output only.
   */
  'name': (string);
  /**
   * The APID the session belongs to. Output only.
   */
  'apid': (string);
  /**
   * The user name bound to the APID. Output only.
   */
  'userName': (string);
  /**
   * The scopes the session holds, those of its APID. Output only.
   */
  'scopes': (_provisioner_v1_Scope__Output)[];
  /**
   * The client address the session is bound to, as text (IPv4 dotted quad
   * or IPv6). Output only.
   */
  'clientAddress': (string);
  /**
   * When the session was created. Output only.
   */
  'createTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the token stops being accepted. Output only.
   */
  'expireTime': (_google_protobuf_Timestamp__Output | null);
}
