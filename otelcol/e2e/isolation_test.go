// Package e2e holds the tests of the collector module as a whole: that the mtapi CLI does not link
// it, and that a real collector built with it decodes what an instrumented service sends.
package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is the root of the repository, whose module is the mtapi CLI.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "main.go")); err != nil {
		t.Fatalf("the repository root is not at %s: %v", root, err)
	}
	return root
}

// TestCLIDoesNotLinkTheCollector proves that the collector module stays out of the CLI: no package
// the mtapi binary links, on any platform it is released for, comes from the collector module or
// from OpenTelemetry, and the CLI's go.mod and go.sum do not name them.
func TestCLIDoesNotLinkTheCollector(t *testing.T) {
	root := repoRoot(t)
	for _, goos := range []string{"linux", "darwin", "windows"} {
		cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{with .Module}}{{.Path}}{{end}}", ".")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "GOWORK=off", "GOFLAGS=-mod=readonly")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list (%s): %v\n%s", goos, err, out)
		}
		pkgs := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(pkgs) < 20 || !strings.Contains(string(out), "github.com/mtapi-cli/mtapi/codes ") {
			t.Fatalf("go list (%s) listed too little to judge:\n%s", goos, out)
		}
		for _, line := range pkgs {
			pkg, mod, _ := strings.Cut(line, " ")
			if forbidden(pkg) || forbidden(mod) {
				t.Errorf("the CLI links %s (module %s) on %s", pkg, mod, goos)
			}
		}
	}
	for _, file := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(root, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if fields := strings.Fields(line); len(fields) > 0 && forbidden(strings.TrimPrefix(fields[0], "require")) {
				t.Errorf("the CLI's %s names %s", file, line)
			}
		}
	}
}

func forbidden(path string) bool {
	path = strings.TrimSpace(path)
	return strings.HasPrefix(path, "github.com/mtapi-cli/mtapi/otelcol") ||
		strings.HasPrefix(path, "go.opentelemetry.io/") ||
		strings.HasPrefix(path, "google.golang.org/")
}
