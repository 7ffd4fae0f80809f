//go:build !unix

package mtapistatusprocessor

import "time"

// cpuTime is not measured here; the benchmark then reports 0 cpu-ns/span.
func cpuTime() time.Duration { return 0 }
