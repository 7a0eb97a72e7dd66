#pragma once

namespace zenith {

//! `zenith lab plan|deploy|verify|snapshot|teardown --cloud NAME --config lab.yaml [--json] [--dry-run]
//! [--no-wait-ready] [--no-keyring] [--public-key FILE] [--journal FILE]`: the lab without a window.
//! Exit codes: 0 ok, 1 failed, 2 bad usage or configuration, 3 verify found red checks, 130 cancelled.
int runLabCli(int argc, char** argv);

} // namespace zenith
