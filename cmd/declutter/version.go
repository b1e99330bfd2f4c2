package main

import "runtime/debug"

// version is the module version the binary was built from: a tag such as
// v1.2.0 when installed with go install, "(devel)" when built from a
// checkout.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}
