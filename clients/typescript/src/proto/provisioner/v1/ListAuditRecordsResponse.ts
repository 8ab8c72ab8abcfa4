// Original file: protos/provisioner/v1/audit_service.proto

import type { AuditRecord as _provisioner_v1_AuditRecord, AuditRecord__Output as _provisioner_v1_AuditRecord__Output } from '../../provisioner/v1/AuditRecord';

/**
 * Response of AuditService.ListAuditRecords.
 */
export interface ListAuditRecordsResponse {
  /**
   * The records, newest first.
   */
  'auditRecords'?: (_provisioner_v1_AuditRecord)[];
  /**
   * A token for the next page; empty when there are no more records.
   */
  'nextPageToken'?: (string);
}

/**
 * Response of AuditService.ListAuditRecords.
 */
export interface ListAuditRecordsResponse__Output {
  /**
   * The records, newest first.
   */
  'auditRecords': (_provisioner_v1_AuditRecord__Output)[];
  /**
   * A token for the next page; empty when there are no more records.
   */
  'nextPageToken': (string);
}
