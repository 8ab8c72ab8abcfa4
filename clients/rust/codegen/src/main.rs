//! Writes the Rust stubs of the Provisioner API: prost messages and tonic
//! clients, from a descriptor set that protoc compiled with its imports.
//!
//!     provisioner-codegen DESCRIPTOR_SET OUT_DIR
//!
//! Reading compiled descriptors, rather than running a protoc of its own, lets
//! every language's stubs come from the one protoc the repository pins.

use std::{env, fs, process::ExitCode};

use prost::Message;
use prost_types::FileDescriptorSet;

fn main() -> ExitCode {
    let arguments: Vec<String> = env::args().skip(1).collect();
    let [descriptors, out_dir] = arguments.as_slice() else {
        eprintln!("usage: provisioner-codegen DESCRIPTOR_SET OUT_DIR");
        return ExitCode::from(2);
    };
    match generate(descriptors, out_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn generate(descriptors: &str, out_dir: &str) -> std::io::Result<()> {
    let files = FileDescriptorSet::decode(fs::read(descriptors)?.as_slice())?;
    tonic_prost_build::configure()
        // Integrators call the API; the server is the Python one.
        .build_server(false)
        .out_dir(out_dir)
        // One module file that nests each package's file: provisioner::v1.
        .include_file("mod.rs")
        .compile_fds(files)
}
