package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// junitReader is a JUnit XML reader as CI systems use them: Debian's python3-junitparser (pinned by
// the distribution's release; .ci/run installs it). It prints one line per suite and per case, so
// that the test compares what the reader understood, not the bytes mtapi wrote.
const junitReader = `
import sys
from junitparser import JUnitXml, Failure, Error
xml = JUnitXml.fromfile(sys.argv[1])
print("total", xml.tests, xml.failures, xml.errors)
for suite in xml:
    print("suite", suite.name, suite.tests, suite.failures, suite.errors)
    for case in suite:
        verdict = "passed"
        for r in case.result:
            if isinstance(r, Failure):
                verdict = "failed: " + r.message + " [" + r.type + "] " + repr(r.text)
            elif isinstance(r, Error):
                verdict = "error: " + r.message
        print("case", repr(case.classname), repr(case.name), case._elem.get("file"), case._elem.get("line"), verdict)
`

func readJUnit(t *testing.T, path string) string {
	t.Helper()
	python := "/usr/bin/python3" // Debian's, where python3-junitparser is installed
	if _, err := os.Stat(python); err != nil {
		requireTool(t, "python3-junitparser", "python3-junitparser")
	}
	c := exec.Command(python, "-c", junitReader, path)
	out, err := c.CombinedOutput()
	if err != nil {
		if strings.Contains(string(out), "No module named 'junitparser'") && os.Getenv("CI") == "" {
			t.Skip("python3-junitparser is not installed (Debian package python3-junitparser)")
		}
		t.Fatalf("the JUnit reader failed: %v\n%s", err, out)
	}
	return string(out)
}

// TestJUnitReport: the report passes a real JUnit reader: a suite per input, a case per response
// named by input and position with its file and line, failed with the decoded code, name and message
// when it tripped the gate, and a case in error for an input that could not be read. Hostile file
// names and values stay inside their attributes.
func TestJUnitReport(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"real-curl-L.txt", "made-capture.har"} {
		b, err := os.ReadFile(filepath.Join(root(), "testdata", "headers", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	hostile := "a<b>&\"c\".txt"
	os.WriteFile(filepath.Join(dir, hostile), []byte("HTTP/1.1 400 Bad Request\nmtapistatus: 617020, </failure>&x\x1b[31m\n\n"), 0o644)
	r := runIn(t, dir, "", nil, "headers", "--fail-on", "617020,invalid", "--report", "junit=out/report.xml",
		"real-curl-L.txt", "made-capture.har", hostile, "missing.txt")
	if r.code != 2 {
		// One input could not be read: 2 wins over the gate's 3, and the report is still written.
		t.Fatalf("exit %d, want 2\n%s", r.code, r.transcript())
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Fatal("a missing directory for the report was created")
	}
	if !strings.Contains(r.stderr, "cannot write the report") {
		t.Fatalf("an unwritable report path was not refused:\n%s", r.stderr)
	}
	if strings.Contains(r.stdout, "617020") {
		t.Fatalf("input was read before the report path was refused:\n%s", r.stdout)
	}

	r = runIn(t, dir, "", nil, "headers", "--fail-on", "617020,invalid", "--report", "junit=report.xml",
		"real-curl-L.txt", "made-capture.har", hostile, "missing.txt")
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\n%s", r.code, r.transcript())
	}
	got := readJUnit(t, filepath.Join(dir, "report.xml"))
	want := `total 7 3 1
suite real-curl-L.txt 2 1 0
case 'real-curl-L.txt' 'response 1, line 4' real-curl-L.txt 4 passed
case 'real-curl-L.txt' 'response 2, line 10' real-curl-L.txt 10 failed: 617020 UpdateDateCannotBeInFuture: Update date cannot be in future. [--fail-on 617020] 'real-curl-L.txt, response 2, line 10\nHTTP/1.1 400 Bad Request\nmtapistatus 617020: 617020 UpdateDateCannotBeInFuture: Update date cannot be in future.\ntripped --fail-on 617020'
suite made-capture.har 3 1 0
case 'made-capture.har' 'response 1, line 20' made-capture.har 20 failed: 617020 UpdateDateCannotBeInFuture: Update date cannot be in future. [--fail-on 617020] 'made-capture.har, response 1, line 20\nHTTP/1.1 400 Bad Request\nmtapistatus 617020: 617020 UpdateDateCannotBeInFuture: Update date cannot be in future.\nmtapistatus 901002: 901002 ArgumentError: Operation you tried to perform came across argument related error - such as missing argument or invalid value\ntripped --fail-on 617020'
`
	if !strings.HasPrefix(got, want) {
		t.Errorf("the reader got:\n%s\nwant it to start with:\n%s", got, want)
	}
	for _, line := range []string{
		`suite a<b>&"c".txt 1 1 0`,
		`case 'a<b>&"c".txt' 'response 1, line 2' a<b>&"c".txt 2 failed: 617020 UpdateDateCannotBeInFuture`,
		`suite missing.txt 1 0 1`,
		`case 'missing.txt' 'read' None None error: cannot read "missing.txt": no such file or directory`,
	} {
		if !strings.Contains(got, line) {
			t.Errorf("the reader's view lacks %q:\n%s", line, got)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Errorf("a raw escape reached the report")
	}
}
