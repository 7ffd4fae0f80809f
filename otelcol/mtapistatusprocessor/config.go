package mtapistatusprocessor

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// DefaultAttribute is where OpenTelemetry's HTTP instrumentation records a captured mtapistatus
// response header (http.response.header.<name>, as an array of strings).
const DefaultAttribute = "http.response.header." + codes.HeaderName

// DefaultPrefix starts every attribute the processor writes.
const DefaultPrefix = "mtapi."

// Config is the processor's configuration.
type Config struct {
	// Attributes are the keys that may carry the header, in order of preference: the first one a
	// span or log record has is decoded, the others are left alone.
	Attributes []string `mapstructure:"attributes"`
	// Prefix starts every attribute the processor writes ("mtapi." writes mtapi.status.code).
	Prefix string `mapstructure:"prefix"`
	// Catalogue is a catalogue directory (catalogue.tsv, controllers.tsv, revisions.tsv and
	// optionally names.tsv, as `mtapi --catalogue` reads) to decode with instead of the catalogue
	// built in. It is read once, at start-up; a bad one stops the collector there.
	Catalogue string `mapstructure:"catalogue"`
	// SpanStatus sets the status of spans whose codes call for it to Error.
	SpanStatus SpanStatusConfig `mapstructure:"span_status"`
}

// SpanStatusConfig chooses the spans whose status becomes Error. Both lists empty (the default)
// leaves every span's status alone.
type SpanStatusConfig struct {
	// ErrorStates are states (see States) whose codes set the span status to Error.
	ErrorStates []string `mapstructure:"error_states"`
	// ErrorCodes are codes that set the span status to Error, whatever their state.
	ErrorCodes []int `mapstructure:"error_codes"`
}

// States are the values the processor writes to <prefix>status.state: an entry's state from the
// catalogue, or what a number without an entry is.
var States = []string{
	string(codes.Current), string(codes.Duplicate), string(codes.Placeholder),
	string(codes.Superseded), string(codes.Typo),
	StateNotSet, StateHTTP, StateUndocumented, StateUnknown, StateInvalid,
}

// The states of a value without a catalogue entry.
const (
	// StateNotSet is -1: the end-point set no status.
	StateNotSet = "notset"
	// StateHTTP is 200-599, which MTAPI mirrors from the HTTP status.
	StateHTTP = "http"
	// StateUndocumented is a number inside a documented range that the catalogue lacks.
	StateUndocumented = "undocumented"
	// StateUnknown is a number outside every documented range.
	StateUnknown = "unknown"
	// StateInvalid is written when the attribute holds no status code at all.
	StateInvalid = "invalid"
)

func createDefaultConfig() *Config {
	return &Config{Attributes: []string{DefaultAttribute}, Prefix: DefaultPrefix}
}

// Validate reports every problem of the configuration, including each defect of the catalogue
// directory with its file and line, so that the collector refuses to start on them.
func (c *Config) Validate() error {
	var errs []error
	if len(c.Attributes) == 0 {
		errs = append(errs, errors.New("attributes: name at least one attribute to read the header from"))
	}
	for i, a := range c.Attributes {
		switch {
		case strings.TrimSpace(a) == "":
			errs = append(errs, fmt.Errorf("attributes[%d]: an attribute name cannot be empty", i))
		case slices.Index(c.Attributes, a) < i:
			errs = append(errs, fmt.Errorf("attributes[%d]: %q is listed twice", i, a))
		case strings.HasPrefix(a, c.Prefix+"status."):
			errs = append(errs, fmt.Errorf("attributes[%d]: %q would be overwritten by what the processor writes under prefix %q", i, a, c.Prefix))
		}
	}
	if strings.ContainsAny(c.Prefix, " \t\r\n") {
		errs = append(errs, fmt.Errorf("prefix: %q contains white space", c.Prefix))
	}
	for i, s := range c.SpanStatus.ErrorStates {
		if !slices.Contains(States, s) {
			errs = append(errs, fmt.Errorf("span_status.error_states[%d]: %q is not a state; the states are %s", i, s, strings.Join(States, ", ")))
		}
	}
	for i, n := range c.SpanStatus.ErrorCodes {
		if n < -1<<31 || n > 1<<31-1 {
			errs = append(errs, fmt.Errorf("span_status.error_codes[%d]: %d is not a status code", i, n))
		}
	}
	if c.Catalogue != "" {
		if _, err := loadCatalogue(c.Catalogue); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// maxProblems bounds how many catalogue problems an error lists; the rest are counted.
const maxProblems = 20

// loadCatalogue reads the catalogue directory dir; its error names each problem as
// dir/file:line, the form editors and terminals turn into links.
func loadCatalogue(dir string) (*codes.Catalogue, error) {
	if dir == "" {
		return codes.Default(), nil
	}
	if fi, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("catalogue: %w", err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("catalogue: %s is not a directory", dir)
	}
	cat, err := codes.Load(os.DirFS(dir))
	if err == nil {
		return cat, nil
	}
	var problems codes.Problems
	if !errors.As(err, &problems) {
		return nil, fmt.Errorf("catalogue %s: %w", dir, err)
	}
	var b strings.Builder
	plural := "s"
	if len(problems) == 1 {
		plural = ""
	}
	fmt.Fprintf(&b, "catalogue %s has %d problem%s:", dir, len(problems), plural)
	for i, p := range problems {
		if i == maxProblems {
			fmt.Fprintf(&b, "\n  … and %d more", len(problems)-maxProblems)
			break
		}
		p.File = filepath.Join(dir, p.File)
		b.WriteString("\n  " + p.Error())
	}
	return nil, errors.New(b.String())
}
