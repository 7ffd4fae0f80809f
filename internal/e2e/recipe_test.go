package e2e

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// recipeBlock returns the code block that follows "<!-- recipe: name -->" in docs/ci.md.
func recipeBlock(t *testing.T, name string) string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(root(), "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "<!-- recipe: "+name+" -->\n```")
	if !ok {
		t.Fatalf("docs/ci.md has no recipe block %s", name)
	}
	_, rest, _ = strings.Cut(rest, "\n") // the fence's language
	block, _, ok := strings.Cut(rest, "\n```")
	if !ok {
		t.Fatalf("docs/ci.md: the recipe block %s is not closed", name)
	}
	return block + "\n"
}

// TestCIRecipe runs docs/ci.md's recipe as printed: its Playwright spec records a HAR in Chromium
// (Debian's, driven by the pinned @playwright/test and playwright-core in testdata/ci/playwright),
// then its gate step's command runs on that HAR as GitHub Actions would run it.
func TestCIRecipe(t *testing.T) {
	chromium := requireTool(t, "chromium", "chromium")
	node := requireTool(t, "node", "nodejs")
	bash := requireTool(t, "bash", "bash")
	project := filepath.Join(root(), "testdata", "ci", "playwright")
	modules := filepath.Join(project, "node_modules")
	if _, err := os.Stat(filepath.Join(modules, "@playwright", "test")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("testdata/ci/playwright has no node_modules: .ci/run runs npm ci there")
		}
		t.Skip("run 'npm ci' in testdata/ci/playwright first")
	}

	// The application under test: a page that calls an API whose responses carry mtapistatus.
	app := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/checkout":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<!doctype html><title>checkout</title><p id="s">paying</p><script>
fetch('/api/cart').then(() => fetch('/api/pay', {method: 'POST'})).then(() => { document.getElementById('s').textContent = 'payment answered'; });
</script>`)
		case "/api/cart":
			w.Header().Set("mtapistatus", "-1")
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"items": 2}`)
		case "/api/pay":
			w.Header().Set("mtapistatus", "617020, 901002")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"title": "Bad Request", "mtapistatus": "999999"}`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer app.Close()

	dir := t.TempDir()
	for _, f := range []string{"package.json", "playwright.config.js"} {
		b, err := os.ReadFile(filepath.Join(project, f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "tests"), 0o755)
	os.WriteFile(filepath.Join(dir, "tests", "checkout.spec.js"), []byte(recipeBlock(t, "tests/checkout.spec.js")), 0o644)

	// npx playwright test, with the browser this machine has.
	pw := exec.Command(node, filepath.Join(modules, "@playwright", "test", "cli.js"), "test")
	pw.Dir = dir
	pw.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "APP_URL=" + app.URL, "CHROMIUM_PATH=" + chromium, "CI=1"}
	if out, err := pw.CombinedOutput(); err != nil {
		t.Fatalf("npx playwright test: %v\n%s", err, out)
	}
	har, err := os.ReadFile(filepath.Join(dir, "har", "checkout.har"))
	if err != nil {
		t.Fatalf("the spec recorded no HAR: %v", err)
	}
	if !bytes.Contains(har, []byte(`"creator"`)) || !bytes.Contains(har, []byte("Chrom")) {
		t.Fatalf("not a HAR that Chromium recorded:\n%.400s", har)
	}

	// The gate step, as the workflow runs it.
	var gate string
	for line := range strings.Lines(recipeBlock(t, ".github/workflows/e2e.yml")) {
		if cmd, ok := strings.CutPrefix(strings.TrimSpace(line), "run: mtapi headers "); ok {
			gate = "mtapi headers " + cmd
		}
	}
	if gate == "" {
		t.Fatal("docs/ci.md's workflow has no mtapi headers step")
	}
	c := exec.Command(bash, "-eo", "pipefail", "-c", gate)
	c.Dir = dir
	c.Env = []string{"PATH=" + filepath.Dir(mtapiBinary(t)) + ":" + os.Getenv("PATH"), "HOME=" + dir, "GITHUB_ACTIONS=true"}
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	err = c.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 3 {
		t.Fatalf("%s: %v, want exit 3\n%s\n%s", gate, err, out.String(), errb.String())
	}
	// One annotation, on the HAR's line that holds the header's value; the request's body, the
	// response's body and the page itself do not count.
	m := regexp.MustCompile(`(?m)^::error file=har/checkout\.har,line=(\d+),title=mtapi --fail-on 901xxx::901002 ArgumentError: .*$`).FindAllStringSubmatch(errb.String(), -1)
	if len(m) != 1 {
		t.Fatalf("want one annotation for 901002:\n%s", errb.String())
	}
	n, _ := strconv.Atoi(m[0][1])
	lines := strings.Split(string(har), "\n")
	if n < 1 || n > len(lines) || !strings.Contains(lines[n-1], "901002") {
		t.Errorf("annotation line %d is not the header's value in the HAR", n)
	}
	if !strings.Contains(out.String(), "617020") || strings.Contains(out.String(), "999999") {
		t.Errorf("stdout:\n%s", out.String())
	}
	got := readJUnit(t, filepath.Join(dir, "mtapi-report.xml"))
	if !strings.Contains(got, "suite har/checkout.har") || !strings.Contains(got, "failed: 901002 ArgumentError") {
		t.Errorf("the JUnit reader saw:\n%s", got)
	}
}
