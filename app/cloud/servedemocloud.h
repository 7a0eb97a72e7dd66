#pragma once

namespace zenith {

//! `zenith --serve-demo-cloud [--port N]`: runs the demo cloud alone, without a window, and
//! prints a clouds.yaml for the openstack CLI. Returns the process's exit code.
int serveDemoCloud(int argc, char** argv);

} // namespace zenith
