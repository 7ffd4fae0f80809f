// Package metadata holds the component's identity, as the collector's mdatagen would generate it
// from ../../metadata.yaml (kept by hand: the processor has no metrics, so this is all there is).
package metadata

import "go.opentelemetry.io/collector/component"

// Type is the processor's name in a collector configuration.
var Type = component.MustNewType("mtapistatus")

// ScopeName is the instrumentation scope of the processor's own telemetry.
const ScopeName = "github.com/mtapi-cli/mtapi/otelcol/mtapistatusprocessor"

// The stability of each signal the processor handles.
const (
	TracesStability = component.StabilityLevelAlpha
	LogsStability   = component.StabilityLevelAlpha
)
