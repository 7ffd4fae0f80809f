package mtapistatusprocessor

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"

	"github.com/mtapi-cli/mtapi/otelcol/mtapistatusprocessor/internal/metadata"
)

func loadConfig(t *testing.T, name string) (*Config, error) {
	t.Helper()
	cm, err := confmaptest.LoadConf(filepath.Join("testdata", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := cm.Sub(component.MustNewIDWithName(metadata.Type.String(), name).String())
	if err != nil {
		t.Fatal(err)
	}
	cfg := createDefaultConfig()
	if err := sub.Unmarshal(cfg); err != nil {
		return nil, err
	}
	return cfg, confmap.Validate(cfg)
}

func TestLoadConfig(t *testing.T) {
	for _, tc := range []struct {
		name string
		want *Config
	}{
		{"", createDefaultConfig()},
		{"custom", &Config{
			Attributes: []string{DefaultAttribute, "mtapistatus"},
			Prefix:     "app.mtapi.",
			SpanStatus: SpanStatusConfig{ErrorStates: []string{"undocumented", "unknown", "invalid"}, ErrorCodes: []int{901001, 617020}},
		}},
	} {
		got, err := loadConfig(t, tc.name)
		if err != nil {
			t.Fatalf("%q: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
	// A misspelt key is an error, not a silent default.
	if _, err := loadConfig(t, "typo"); err == nil || !strings.Contains(err.Error(), "attribute") {
		t.Errorf("unknown key: %v", err)
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want []string // fragments of the error, each required
	}{
		{"no attributes", func(c *Config) { c.Attributes = nil }, []string{"attributes: name at least one"}},
		{"empty attribute", func(c *Config) { c.Attributes = []string{" "} }, []string{"attributes[0]: an attribute name cannot be empty"}},
		{"twice", func(c *Config) { c.Attributes = []string{"a", "b", "a"} }, []string{`attributes[2]: "a" is listed twice`}},
		{"overwritten", func(c *Config) { c.Attributes = []string{"mtapi.status.code"} }, []string{`"mtapi.status.code" would be overwritten`}},
		{"white space in the prefix", func(c *Config) { c.Prefix = "mtapi status." }, []string{`prefix: "mtapi status." contains white space`}},
		{"unknown state", func(c *Config) { c.SpanStatus.ErrorStates = []string{"unknown", "Error"} }, []string{
			`span_status.error_states[1]: "Error" is not a state; the states are current, duplicate, placeholder, superseded, typo, notset, http, undocumented, unknown, invalid`}},
		{"code out of range", func(c *Config) { c.SpanStatus.ErrorCodes = []int{1 << 40} }, []string{"span_status.error_codes[0]: 1099511627776 is not a status code"}},
		{"missing catalogue", func(c *Config) { c.Catalogue = "/nonexistent/catalogue" }, []string{"catalogue: stat /nonexistent/catalogue: no such file or directory"}},
		{"catalogue is a file", func(c *Config) { c.Catalogue = "testdata/config.yaml" }, []string{"catalogue: testdata/config.yaml is not a directory"}},
		{"catalogue without files", func(c *Config) { c.Catalogue = "testdata" }, []string{"catalogue testdata has", "testdata/catalogue.tsv"}},
		{"every problem at once", func(c *Config) { c.Attributes = nil; c.Prefix = " " }, []string{"attributes:", "prefix:"}},
	} {
		cfg := createDefaultConfig()
		tc.edit(cfg)
		err := cfg.Validate()
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tc.name, err, w)
			}
		}
	}
	if err := createDefaultConfig().Validate(); err != nil {
		t.Errorf("the default config: %v", err)
	}
}
