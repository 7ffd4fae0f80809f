// Command gendist generates the sources of the otelcol-mtapi distribution from builder-config.yaml
// with the OpenTelemetry Collector Builder, against this working tree, and optionally builds it:
//
//	go run ./internal/tools/gendist -out build/otelcol-mtapi [-version 1.2.3] [-build]
//
// It runs from the otelcol directory. The manifest names the processor's module by its release
// version, as a user's manifest does; gendist adds replace lines that point that module and the
// mtapi module it imports at this tree, so that tests and the release build what is checked out.
// The release (goreleaser) compiles the generated module itself, once per platform.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// Builder is the OpenTelemetry Collector Builder, pinned to the collector release of the manifest.
const Builder = "go.opentelemetry.io/collector/cmd/builder@v0.165.0"

func main() {
	out := flag.String("out", "", "directory to write the distribution's module to (required)")
	version := flag.String("version", "", "version the collector reports (default: the manifest's)")
	build := flag.Bool("build", false, "also build the otelcol-mtapi binary into the -out directory")
	flag.Parse()
	if err := run(*out, *version, *build); err != nil {
		fmt.Fprintln(os.Stderr, "gendist:", err)
		os.Exit(1)
	}
}

func run(out, version string, build bool) error {
	if out == "" {
		return errors.New("-out is required")
	}
	moduleDir, err := os.Getwd()
	if err != nil {
		return err
	}
	manifest, err := os.ReadFile(filepath.Join(moduleDir, "builder-config.yaml"))
	if err != nil {
		return fmt.Errorf("run gendist in the otelcol directory: %w", err)
	}
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	derived, err := derive(string(manifest), out, version, moduleDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	cfg := filepath.Join(out, "builder-config.yaml")
	if err := os.WriteFile(cfg, []byte(derived), 0o644); err != nil {
		return err
	}
	gen := exec.Command("go", "run", Builder, "--config", cfg, "--skip-compilation")
	if err := runIn(moduleDir, gen); err != nil {
		return fmt.Errorf("builder: %w", err)
	}
	if !build {
		return nil
	}
	// The flags the builder and the release use: a reproducible, stripped binary.
	compile := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", "otelcol-mtapi", ".")
	compile.Env = append(os.Environ(), "CGO_ENABLED=0")
	if err := runIn(out, compile); err != nil {
		return fmt.Errorf("go build: %w", err)
	}
	return nil
}

// derive rewrites the manifest's output path and version, and adds the replace lines.
func derive(manifest, out, version, moduleDir string) (string, error) {
	if strings.Contains(manifest, "\nreplaces:") {
		return "", errors.New("builder-config.yaml has replaces of its own; a user's manifest would not")
	}
	var err error
	set := func(key, value string) {
		re := regexp.MustCompile(`(?m)^(  ` + key + `:) .*$`)
		if len(re.FindAllString(manifest, -1)) != 1 {
			err = errors.Join(err, fmt.Errorf("builder-config.yaml: dist.%s is not one line", key))
			return
		}
		manifest = re.ReplaceAllLiteralString(manifest, "  "+key+": "+value)
	}
	set("output_path", yamlString(out))
	if version != "" {
		set("version", yamlString(strings.TrimPrefix(version, "v")))
	}
	root := filepath.Dir(moduleDir)
	manifest += "\n# Added by gendist: build against the working tree.\nreplaces:\n" +
		"  - github.com/mtapi-cli/mtapi/otelcol => " + moduleDir + "\n" +
		"  - github.com/mtapi-cli/mtapi => " + root + "\n"
	return manifest, err
}

func yamlString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

func runIn(dir string, cmd *exec.Cmd) error {
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	// The generated module is its own main module; a go.work around the tree must not capture it.
	cmd.Env = append(cmd.Env, "GOWORK=off")
	return cmd.Run()
}
