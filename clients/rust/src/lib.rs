//! Stubs for the Provisioner gRPC API: the messages and enums of
//! `provisioner.v1` (prost) and a tonic client per service, such as
//! `provisioner::v1::auth_service_client::AuthServiceClient`.
//!
//! `src/gen/` is written by `scripts/stubs/rust` from `protos/`; do not edit it.

include!("gen/mod.rs");
