// Original file: protos/provisioner/v1/provisioning_resources.proto


/**
 * One parameter of a template.
 */
export interface TemplateParameter {
  /**
   * An identifier: lower-case letters, digits and underscores, starting with
   * a letter, at most 63 characters. Required.
   */
  'name'?: (string);
  /**
   * The value used when a provisioning gives none. Unset: the parameter is
   * required.
   */
  'defaultValue'?: (string);
  /**
   * What the parameter means, for the people who fill it in.
   */
  'description'?: (string);
  /**
   * A secret value (a password hash, a product key): never returned by the
   * API, and masked in previews' parameter lists.
   */
  'secret'?: (boolean);
  '_defaultValue'?: "defaultValue";
}

/**
 * One parameter of a template.
 */
export interface TemplateParameter__Output {
  /**
   * An identifier: lower-case letters, digits and underscores, starting with
   * a letter, at most 63 characters. Required.
   */
  'name': (string);
  /**
   * The value used when a provisioning gives none. Unset: the parameter is
   * required.
   */
  'defaultValue'?: (string);
  /**
   * What the parameter means, for the people who fill it in.
   */
  'description': (string);
  /**
   * A secret value (a password hash, a product key): never returned by the
   * API, and masked in previews' parameter lists.
   */
  'secret': (boolean);
  '_defaultValue'?: "defaultValue";
}
