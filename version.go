package main

import (
	"fmt"
	"runtime/debug"

	"eventday/i18n"
)

// version is the release this binary is, stamped by scripts/dist from the
// git tag (-ldflags "-X main.version=v1.0.0"); empty in a build from source.
var version string

// commit is the commit a build that is not a release was made of, stamped
// by scripts/dist where the Go toolchain cannot record it (a git worktree).
var commit string

// versionText is what --version prints after "eventday ": the release, or
// for any other build the commit it was made of, as the Go toolchain
// records it (go build in a git checkout does; go run does not).
func versionText(c *i18n.CLI) string {
	if version != "" {
		return version
	}
	rev, modified := commit, false
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 7 {
		rev = rev[:7]
	}
	if modified {
		rev += "+"
	}
	return fmt.Sprintf(c.VersionDev, rev)
}
