//go:build unix

package mtapistatusprocessor

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used (user and system, GC workers included): on a busy
// machine it is the figure to trust, as waiting for a core inflates wall time and not this.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
