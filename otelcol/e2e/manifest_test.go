package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The collector release everything is pinned to: v0.165.0 for the unstable modules and the
// builder, v1.71.0 for the stable ones. The builder generates code against its own release's
// otelcol API, so the manifest, the module's go.mod and the builder must agree.
var releaseVersions = map[string]bool{"v0.165.0": true, "v1.71.0": true}

// TestOneCollectorRelease holds builder-config.yaml, otelcol/go.mod and gendist's builder to one
// collector release.
func TestOneCollectorRelease(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	collectorModule := regexp.MustCompile(`(go\.opentelemetry\.io/collector[^\s@]*)[ @](v[0-9][^\s"]*)`)
	for _, file := range []string{"builder-config.yaml", "go.mod", "internal/tools/gendist/main.go"} {
		matches := collectorModule.FindAllStringSubmatch(read(file), -1)
		if len(matches) == 0 {
			t.Errorf("%s names no collector module", file)
		}
		for _, m := range matches {
			if !releaseVersions[m[2]] {
				t.Errorf("%s: %s %s is not at the collector release (v0.165.0 / v1.71.0)", file, m[1], m[2])
			}
		}
	}
	if !strings.Contains(read("internal/tools/gendist/main.go"), `"go.opentelemetry.io/collector/cmd/builder@v0.165.0"`) {
		t.Error("gendist does not run the builder of release v0.165.0")
	}
	if !strings.Contains(read("builder-config.yaml"), "- gomod: github.com/mtapi-cli/mtapi/otelcol v") {
		t.Error("the manifest does not name the processor's module by version")
	}
}

// TestShippedConfigIsValid: the config.yaml the release archive carries is one otelcol-mtapi accepts.
func TestShippedConfigIsValid(t *testing.T) {
	out, err := runCollector(t, "validate", "--config", filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatalf("otelcol-mtapi validate: %v\n%s", err, out)
	}
	out, err = runCollector(t, "components")
	if err != nil || !strings.Contains(out, "name: mtapistatus") {
		t.Fatalf("otelcol-mtapi components: %v\n%s", err, out)
	}
}
