package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"
	"google.golang.org/grpc"
	_ "google.golang.org/grpc/encoding/gzip" // the otlp_grpc exporter compresses with gzip

	"github.com/mtapi-cli/mtapi/otelcol/internal/cataloguetest"
)

// The collector is built once per test binary, by the same generator the release uses.
var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

func collectorBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a collector: skipped in -short")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "otelcol-mtapi-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		var out bytes.Buffer
		cmd := exec.Command("go", "run", "./internal/tools/gendist", "-out", dir, "-build")
		cmd.Dir = ".."
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			buildErr = fmt.Errorf("building otelcol-mtapi: %v\n%s", err, out.String())
			return
		}
		binary = filepath.Join(dir, "otelcol-mtapi")
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// runCollector runs otelcol-mtapi with args and returns what it printed.
func runCollector(t *testing.T, args ...string) (string, error) {
	t.Helper()
	out, err := exec.Command(collectorBinary(t), args...).CombinedOutput()
	return string(out), err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary))
	}
	os.Exit(code)
}

// sink and logSink are the OTLP/gRPC receiver the collector exports to.
type sink struct {
	ptraceotlp.UnimplementedGRPCServer
	traces chan ptrace.Traces
}

func (s *sink) Export(_ context.Context, req ptraceotlp.ExportRequest) (ptraceotlp.ExportResponse, error) {
	s.traces <- req.Traces()
	return ptraceotlp.NewExportResponse(), nil
}

type logSink struct {
	plogotlp.UnimplementedGRPCServer
	logs chan plog.Logs
}

func (s *logSink) Export(_ context.Context, req plogotlp.ExportRequest) (plogotlp.ExportResponse, error) {
	s.logs <- req.Logs()
	return plogotlp.NewExportResponse(), nil
}

func startSink(t *testing.T) (addr string, traces chan ptrace.Traces, logs chan plog.Logs) {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	traces, logs = make(chan ptrace.Traces, 16), make(chan plog.Logs, 16)
	ptraceotlp.RegisterGRPCServer(srv, &sink{traces: traces})
	plogotlp.RegisterGRPCServer(srv, &logSink{logs: logs})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	return lis.Addr().String(), traces, logs
}

// freePort returns a port of 127.0.0.1 that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	return lis.Addr().(*net.TCPAddr).Port
}

// collectorConfig is a gateway's configuration: OTLP in over HTTP, the processors in the order
// their READMEs ask for (memory_limiter first, batch last), OTLP out to the sink and debug.
const collectorConfig = `
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:%d
processors:
  memory_limiter:
    check_interval: 1s
    limit_mib: 256
  mtapistatus:
    attributes: [http.response.header.mtapistatus, mtapistatus]
    catalogue: %q
    span_status:
      error_states: [undocumented, unknown, invalid]
  batch:
    timeout: 50ms
exporters:
  otlp_grpc:
    endpoint: %s
    tls:
      insecure: true
  debug:
    verbosity: detailed
service:
  telemetry:
    metrics:
      level: none
  pipelines:
    traces:
      receivers: [otlp]
      processors: [memory_limiter, mtapistatus, batch]
      exporters: [otlp_grpc, debug]
    logs:
      receivers: [otlp]
      processors: [memory_limiter, mtapistatus, batch]
      exporters: [otlp_grpc, debug]
`

// collector is a running otelcol-mtapi.
type collector struct {
	url    string
	cmd    *exec.Cmd
	output *syncBuffer
	done   chan error
}

// startCollector writes the config and starts the collector; it returns once the collector has
// exited (done is closed) or its OTLP/HTTP receiver answers.
func startCollector(t *testing.T, catalogue, sinkAddr string) *collector {
	t.Helper()
	port := freePort(t)
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(collectorConfig, port, catalogue, sinkAddr)), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &collector{url: "http://127.0.0.1:" + strconv.Itoa(port), output: &syncBuffer{}, done: make(chan error, 1)}
	c.cmd = exec.Command(collectorBinary(t), "--config", cfg)
	c.cmd.Stdout, c.cmd.Stderr = c.output, c.output
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- c.cmd.Wait() }()
	t.Cleanup(func() { c.stop(t) })
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-c.done:
			c.done <- err
			return c
		default:
		}
		// The receiver answers 405 to a GET once it listens.
		if resp, err := http.Get(c.url + "/v1/traces"); err == nil {
			resp.Body.Close()
			return c
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the collector did not listen within a minute:\n%s", c.output)
	return nil
}

func (c *collector) stop(t *testing.T) {
	if c.cmd.ProcessState != nil {
		return
	}
	_ = c.cmd.Process.Signal(os.Interrupt)
	select {
	case <-c.done:
	case <-time.After(20 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.done
		t.Errorf("the collector did not stop on SIGINT within 20s")
	}
}

func (c *collector) post(t *testing.T, path, body string) {
	t.Helper()
	resp, err := http.Post(c.url+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v\n%s", path, err, c.output)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s\n%s", path, resp.Status, c.output)
	}
}

// syncBuffer collects the collector's output, written from two pipes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// tracesJSON is an export of OpenTelemetry .NET automatic instrumentation from MTAPI on IIS: an
// ASP.NET server span and an HttpClient client span that captured the mtapistatus response header
// (OTEL_DOTNET_AUTO_TRACES_ASPNET_INSTRUMENTATION_CAPTURE_RESPONSE_HEADERS and
// OTEL_DOTNET_AUTO_TRACES_HTTP_INSTRUMENTATION_CAPTURE_RESPONSE_HEADERS set to mtapistatus), as
// OTLP/HTTP JSON: an array of strings, one string per header line.
const tracesJSON = `{"resourceSpans":[{
 "resource":{"attributes":[
  {"key":"service.name","value":{"stringValue":"MTAPI"}},
  {"key":"telemetry.sdk.name","value":{"stringValue":"opentelemetry"}},
  {"key":"telemetry.sdk.language","value":{"stringValue":"dotnet"}},
  {"key":"telemetry.distro.name","value":{"stringValue":"opentelemetry-dotnet-instrumentation"}}]},
 "scopeSpans":[
  {"scope":{"name":"OpenTelemetry.Instrumentation.AspNet"},
   "spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174","name":"PUT api/servicerequests/{id}",
    "kind":2,"startTimeUnixNano":"1765105200000000000","endTimeUnixNano":"1765105200012000000",
    "attributes":[
     {"key":"http.request.method","value":{"stringValue":"PUT"}},
     {"key":"url.path","value":{"stringValue":"/api/servicerequests/1234"}},
     {"key":"http.route","value":{"stringValue":"api/servicerequests/{id}"}},
     {"key":"http.response.status_code","value":{"intValue":"400"}},
     {"key":"http.response.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"617020"}]}}}]}]},
  {"scope":{"name":"System.Net.Http"},
   "spans":[
    {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b175","name":"GET",
     "kind":3,"startTimeUnixNano":"1765105200000000000","endTimeUnixNano":"1765105200009000000",
     "attributes":[
      {"key":"http.request.method","value":{"stringValue":"GET"}},
      {"key":"url.full","value":{"stringValue":"https://mtapi.example.com/api/artifacts/7"}},
      {"key":"http.response.status_code","value":{"intValue":"500"}},
      {"key":"http.response.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"604004, -1"}]}}}]},
    {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b176","name":"GET",
     "kind":3,"startTimeUnixNano":"1765105200000000000","endTimeUnixNano":"1765105200009000000",
     "attributes":[
      {"key":"http.response.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"617999"}]}}}]}]}]}]}`

// logsJSON is an ILogger record that logged the header as a structured-logging field.
const logsJSON = `{"resourceLogs":[{
 "resource":{"attributes":[{"key":"service.name","value":{"stringValue":"MTAPI"}}]},
 "scopeLogs":[{"scope":{"name":"MTAPI.Controllers.ServiceRequestsController"},
  "logRecords":[
   {"timeUnixNano":"1765105200000000000","severityNumber":13,"severityText":"Warning",
    "body":{"stringValue":"Request finished with mtapistatus {mtapistatus}"},
    "attributes":[{"key":"mtapistatus","value":{"stringValue":"617020"}}]},
   {"timeUnixNano":"1765105200000000000","severityNumber":9,"severityText":"Information",
    "body":{"stringValue":"Request finished with mtapistatus {mtapistatus}"},
    "attributes":[{"key":"mtapistatus","value":{"intValue":"-1"}}]}]}]}]}`

func receive[T any](t *testing.T, ch chan T, c *collector) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("nothing reached the sink within 30s; the collector said:\n%s", c.output)
	}
	var zero T
	return zero
}

func spansByID(td ptrace.Traces) map[string]ptrace.Span {
	out := map[string]ptrace.Span{}
	for _, rs := range td.ResourceSpans().All() {
		for _, ss := range rs.ScopeSpans().All() {
			for _, s := range ss.Spans().All() {
				out[s.SpanID().String()] = s
			}
		}
	}
	return out
}

// TestCollector runs otelcol-mtapi as a gateway would, with the built-in catalogue and then with
// a catalogue directory that renames 617020, and checks what reaches the next hop.
func TestCollector(t *testing.T) {
	collectorBinary(t)
	for _, tc := range []struct {
		name, catalogue, wantName, wantMessage string
	}{
		{"built-in catalogue", "", "UpdateDateCannotBeInFuture", "Update date cannot be in future."},
		{"catalogue directory", cataloguetest.Revised(t), cataloguetest.RevisedName, cataloguetest.RevisedMessage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sinkAddr, traces, logs := startSink(t)
			c := startCollector(t, tc.catalogue, sinkAddr)
			c.post(t, "/v1/traces", tracesJSON)
			spans := spansByID(receive(t, traces, c))
			if len(spans) != 3 {
				t.Fatalf("%d spans reached the sink", len(spans))
			}
			server := spans["eee19b7ec3c1b174"].Attributes().AsRaw()
			for key, want := range map[string]any{
				"mtapi.status.code": int64(617020), "mtapi.status.name": tc.wantName,
				"mtapi.status.message": tc.wantMessage, "mtapi.status.controller": "Service Requests",
				"mtapi.status.controller_inferred": true, "mtapi.status.state": "current",
				"http.response.status_code": int64(400),
			} {
				if got := server[key]; fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("server span %s = %v, want %v", key, got, want)
				}
			}
			client := spans["eee19b7ec3c1b175"].Attributes().AsRaw()
			for key, want := range map[string]any{
				"mtapi.status.code":  []any{int64(604004), int64(-1)},
				"mtapi.status.name":  []any{"CreatingArtifactFailed | RetrievingArtifactFailed", "NotSet"},
				"mtapi.status.state": []any{"duplicate", "notset"},
			} {
				if got := client[key]; fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("client span %s = %v, want %v", key, got, want)
				}
			}
			undocumented := spans["eee19b7ec3c1b176"]
			if st := undocumented.Status(); st.Code() != ptrace.StatusCodeError || st.Message() != "mtapistatus 617999 (undocumented)" {
				t.Errorf("undocumented span status %v %q", st.Code(), st.Message())
			}
			if got := undocumented.Attributes().AsRaw()["mtapi.status.range"]; got != "617000-617999" {
				t.Errorf("undocumented span range %v", got)
			}

			c.post(t, "/v1/logs", logsJSON)
			ld := receive(t, logs, c)
			records := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
			if records.Len() != 2 {
				t.Fatalf("%d log records reached the sink", records.Len())
			}
			if got := records.At(0).Attributes().AsRaw(); got["mtapi.status.name"] != tc.wantName || got["mtapi.status.code"] != int64(617020) {
				t.Errorf("log record: %v", got)
			}
			if got := records.At(1).Attributes().AsRaw(); got["mtapi.status.state"] != "notset" {
				t.Errorf("log record: %v", got)
			}
			// The debug exporter prints the same to the console.
			want := "mtapi.status.name: Str(" + tc.wantName + ")"
			deadline := time.Now().Add(10 * time.Second)
			for !strings.Contains(c.output.String(), want) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			if !strings.Contains(c.output.String(), want) {
				t.Errorf("the debug exporter did not print %q:\n%s", want, c.output)
			}
		})
	}
}

// TestBadCatalogueStopsTheCollector: a broken catalogue directory fails the collector at start-up,
// naming the file and line, before any data arrives.
func TestBadCatalogueStopsTheCollector(t *testing.T) {
	dir := cataloguetest.Broken(t)
	sinkAddr, _, _ := startSink(t)
	c := startCollector(t, dir, sinkAddr)
	select {
	case err := <-c.done:
		c.done <- err
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("the collector exited with %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the collector runs with a broken catalogue:\n%s", c.output)
	}
	want := filepath.Join(dir, "catalogue.tsv") + ":" + strconv.Itoa(cataloguetest.BrokenLine) + ":"
	if !strings.Contains(c.output.String(), want) {
		t.Fatalf("the collector's error does not name %s:\n%s", want, c.output)
	}
}
