package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mtapi-cli/mtapi/internal/render"
)

// schemaBase is the $id prefix of the schemas in docs/schemas: it carries the schema version.
var schemaBase = "https://github.com/mtapi-cli/mtapi/docs/schemas/" + strconv.Itoa(render.SchemaVersion) + "/"

var (
	schemasOnce sync.Once
	schemas     map[string]*jsonschema.Schema
	schemasErr  error
)

// schema returns the compiled schema docs/schemas/name.json. Every file is loaded under its $id,
// so that references between them resolve without any network.
func schema(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	schemasOnce.Do(func() {
		schemas = map[string]*jsonschema.Schema{}
		files, err := filepath.Glob("../docs/schemas/*.json")
		if err != nil || len(files) == 0 {
			schemasErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		var ids []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				schemasErr = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				schemasErr = err
				return
			}
			id, _ := doc.(map[string]any)["$id"].(string)
			if want := schemaBase + filepath.Base(f); id != want {
				t.Errorf("%s: $id %q, want %q (the $id carries the schema version)", f, id, want)
			}
			if err := c.AddResource(id, doc); err != nil {
				schemasErr = err
				return
			}
			ids = append(ids, id)
		}
		for _, id := range ids {
			s, err := c.Compile(id)
			if err != nil {
				schemasErr = err
				return
			}
			schemas[strings.TrimSuffix(strings.TrimPrefix(id, schemaBase), ".json")] = s
		}
	})
	if schemasErr != nil {
		t.Fatal(schemasErr)
	}
	s := schemas[name]
	if s == nil {
		t.Fatalf("no schema docs/schemas/%s.json", name)
	}
	return s
}

// validate checks one JSON document against a schema, and returns the validation error.
func validate(t testing.TB, name string, doc []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return schema(t, name).Validate(v)
}

// validateStderr checks that every line of a --json run's stderr is a valid error or notice.
func validateStderr(t testing.TB, stderr string) {
	t.Helper()
	for line := range strings.Lines(stderr) {
		if err := validate(t, "stderr", []byte(line)); err != nil {
			t.Errorf("stderr line %q: %v", line, err)
		}
	}
}

// goldenSchemas maps the golden JSON outputs to their schemas.
var goldenSchemas = []struct{ glob, schema string }{
	{"../testdata/golden/decode.json", "decode"},
	{"../testdata/golden/search-*.json", "search"},
	{"../testdata/golden/ranges.json", "ranges"},
	{"../testdata/golden/catalogue-import-*.json", "catalogue-import"},
	{"../testdata/golden/headers/summary.json", "summary"},
	{"../testdata/golden/headers-formats.json", "formats"},
	{"../testdata/golden/headers/*.txt.json", "headers"},
	{"../testdata/golden/headers/*.har.json", "headers"},
	{"../testdata/golden/headers/*.json.json", "headers"},
	{"../testdata/golden/headers/*.log.json", "headers"},
	{"../testdata/export/*.json", "export-json"},
}

// TestGoldenJSONValidates: every golden JSON output, every golden stderr of --json and the e2e
// transcripts of --json runs validate against docs/schemas.
func TestGoldenJSONValidates(t *testing.T) {
	n := 0
	for _, g := range goldenSchemas {
		files, _ := filepath.Glob(g.glob)
		if len(files) == 0 {
			t.Errorf("no golden file matches %s", g.glob)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, g.schema, b); err != nil {
				t.Errorf("%s against %s.json: %v", f, g.schema, err)
			}
			n++
		}
	}
	stderrs, _ := filepath.Glob("../testdata/golden/*.json.stderr")
	for _, f := range stderrs {
		b, _ := os.ReadFile(f)
		validateStderr(t, string(b))
		n++
	}
	// e2e transcripts: "exit: N\n--- stdout\n...--- stderr\n...".
	transcripts, _ := filepath.Glob("../testdata/e2e/*-json.golden")
	for _, f := range transcripts {
		b, _ := os.ReadFile(f)
		_, rest, _ := strings.Cut(string(b), "--- stdout\n")
		stdout, stderr, _ := strings.Cut(rest, "--- stderr\n")
		if strings.TrimSpace(stdout) != "" {
			name := "headers"
			switch {
			case strings.HasPrefix(stdout, "["):
				name = "decode"
			case strings.Contains(stdout, `"with_status"`):
				name = "summary"
			}
			if err := validate(t, name, []byte(stdout)); err != nil {
				t.Errorf("%s: stdout against %s.json: %v", f, name, err)
			}
		}
		validateStderr(t, stderr)
		n++
	}
	if n < 100 {
		t.Errorf("validated only %d golden files", n)
	}
}

// TestLiveJSONValidates: the documents no golden file holds, made now.
func TestLiveJSONValidates(t *testing.T) {
	broken := copyCatalogue(t, func(s string) string { return strings.Replace(s, "\n617020\t", "\n61702x\t", 1) })
	for _, c := range []struct {
		schema string
		args   []string
	}{
		{"version", []string{"version", "--json"}},
		{"version", []string{"--catalogue", copyCatalogue(t, nil), "version", "--json"}},
		{"catalogue-check", []string{"catalogue", "check", "--json"}},
		{"catalogue-check", []string{"catalogue", "check", "--json", broken}},
		{"decode", []string{"decode", "--json", "617020", "-1", "200", "999999", "617998", "nosuchname", "62000", "abc"}},
		{"search", []string{"search", "--json", "--state", "all", "user"}},
		{"summary", []string{"headers", "--json", "--summary", "../testdata/headers/made-capture.har"}},
		{"headers", []string{"headers", "--json", "--fail-on", "617020", "../testdata/headers/made-capture.har", "/nonexistent"}},
	} {
		r := execute(t, "", false, nil, c.args...)
		if err := validate(t, c.schema, []byte(r.stdout)); err != nil {
			t.Errorf("mtapi %v against %s.json: %v\n%s", c.args, c.schema, err, r.stdout)
		}
		validateStderr(t, r.stderr)
	}
}

// TestBrokenOutputFailsValidation: a change to the output that the schema does not allow fails.
func TestBrokenOutputFailsValidation(t *testing.T) {
	good, err := os.ReadFile("../testdata/golden/decode.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(t, "decode", good); err != nil {
		t.Fatalf("the golden itself: %v", err)
	}
	for name, mutate := range map[string]func([]map[string]any){
		"a field removed":        func(d []map[string]any) { delete(d[0], "explanation") },
		"a field added":          func(d []map[string]any) { d[0]["severity"] = "high" },
		"a field retyped":        func(d []map[string]any) { d[0]["code"] = "617020" },
		"an unknown status word": func(d []map[string]any) { d[0]["status"] = "deprecated" },
		"no schema_version":      func(d []map[string]any) { delete(d[0], "schema_version") },
		"another schema_version": func(d []map[string]any) { d[0]["schema_version"] = 2 },
		"an entry's field added": func(d []map[string]any) {
			d[0]["entries"].([]any)[0].(map[string]any)["severity"] = "high"
		},
	} {
		var doc []map[string]any
		if err := json.Unmarshal(good, &doc); err != nil {
			t.Fatal(err)
		}
		mutate(doc)
		b, _ := json.Marshal(doc)
		if err := validate(t, "decode", b); err == nil {
			t.Errorf("%s: the broken output validates", name)
		}
	}
	for _, line := range []string{
		`{"schema_version":1,"error":{"code":"Unknown Input","message":"x","exit_status":1}}`,
		`{"schema_version":1,"error":{"code":"unknown_input","message":"x"}}`,
		`{"schema_version":1,"notice":{"code":"gate_trip","message":"x","annotation":"::error ::x\n::warning::y"}}`,
		`{"schema_version":1}`,
		`{"schema_version":1,"error":{"code":"usage","message":"x","exit_status":2},"notice":{"code":"x","message":"y"}}`,
	} {
		if err := validate(t, "stderr", []byte(line)); err == nil {
			t.Errorf("a broken stderr line validates: %s", line)
		}
	}
}

// validateJSONRun checks a --json run's outputs (the fuzz targets call it on every input, seeds
// included): standard output, when there is any, against the command's schema; each line of
// standard error against stderr.json.
func validateJSONRun(t *testing.T, name string, r run) {
	t.Helper()
	if strings.TrimSpace(r.stdout) != "" {
		if err := validate(t, name, []byte(r.stdout)); err != nil {
			t.Fatalf("%s --json output against %s.json: %v\n%s", name, name, err, r.stdout)
		}
	}
	validateStderr(t, r.stderr)
}
