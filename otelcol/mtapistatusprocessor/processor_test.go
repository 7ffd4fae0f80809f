package mtapistatusprocessor

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/otelcol/internal/cataloguetest"
	"github.com/mtapi-cli/mtapi/otelcol/mtapistatusprocessor/internal/metadata"
)

// attr is a raw attribute value as pcommon.Value.FromRaw takes it.
type attr = any

// The attributes written for 617020, the code every example of the docs uses.
var updateDate = map[string]any{
	"mtapi.status.code":                int64(617020),
	"mtapi.status.name":                "UpdateDateCannotBeInFuture",
	"mtapi.status.message":             "Update date cannot be in future.",
	"mtapi.status.controller":          "Service Requests",
	"mtapi.status.controller_inferred": true,
	"mtapi.status.state":               "current",
}

// shapes is the table of attribute shapes and codes: each value is set on a span and on a log record
// under the default attribute, and want is what the processor adds (nil: nothing).
var shapes = []struct {
	name  string
	value attr
	want  map[string]any
}{
	{"string", "617020", updateDate},
	{"string array, as .NET records it", []any{"617020"}, updateDate},
	{"int", int64(617020), updateDate},
	{"int array", []any{int64(617020)}, updateDate},
	{"comma list", "617020, -1", twoCodes},
	{"comma list in an array", []any{"617020,-1"}, twoCodes},
	{"array of two", []any{"617020", "-1"}, twoCodes},
	{"array of an int and a string", []any{int64(617020), "-1"}, twoCodes},
	{"notset", "-1", map[string]any{
		"mtapi.status.code": int64(-1), "mtapi.status.name": "NotSet", "mtapi.status.state": "notset",
	}},
	{"duplicate", "604004", map[string]any{
		"mtapi.status.code":                int64(604004),
		"mtapi.status.name":                "CreatingArtifactFailed | RetrievingArtifactFailed",
		"mtapi.status.message":             "Creating Artifact Failed | Retrieving Artifact Failed",
		"mtapi.status.controller":          "Artifacts",
		"mtapi.status.controller_inferred": false,
		"mtapi.status.state":               "duplicate",
	}},
	{"placeholder", "608000", map[string]any{
		"mtapi.status.code":                int64(608000),
		"mtapi.status.name":                "InvalidServiceRequestId",
		"mtapi.status.controller":          "Invoices",
		"mtapi.status.controller_inferred": false,
		"mtapi.status.state":               "placeholder",
	}},
	{"superseded only", "607000", map[string]any{
		"mtapi.status.code":                int64(607000),
		"mtapi.status.name":                "InvalidServiceRequestId",
		"mtapi.status.controller":          "Services",
		"mtapi.status.controller_inferred": false,
		"mtapi.status.state":               "superseded",
	}},
	{"renamed: the current name, not the history", "601000", map[string]any{
		"mtapi.status.code":                int64(601000),
		"mtapi.status.name":                "InvalidUserActivationContext",
		"mtapi.status.message":             "A null UserActivationContext was provided.",
		"mtapi.status.controller":          "Accounts",
		"mtapi.status.controller_inferred": false,
		"mtapi.status.state":               "current",
	}},
	{"undocumented, with its range", "617999", map[string]any{
		"mtapi.status.code":                int64(617999),
		"mtapi.status.controller":          "Service Requests",
		"mtapi.status.controller_inferred": true,
		"mtapi.status.state":               "undocumented",
		"mtapi.status.range":               "617000-617999",
	}},
	{"a list with an undocumented code carries the ranges", "901002, 617999", map[string]any{
		"mtapi.status.code":                []any{int64(901002), int64(617999)},
		"mtapi.status.name":                []any{"ArgumentError", ""},
		"mtapi.status.message":             []any{"Operation you tried to perform came across argument related error - such as missing argument or invalid value", ""},
		"mtapi.status.controller":          []any{"Generic", "Service Requests"},
		"mtapi.status.controller_inferred": []any{false, true},
		"mtapi.status.state":               []any{"current", "undocumented"},
		"mtapi.status.range":               []any{"", "617000-617999"},
	}},
	{"unknown", "999999", map[string]any{"mtapi.status.code": int64(999999), "mtapi.status.state": "unknown"}},
	{"the typo's printed number is unknown", "62000", map[string]any{"mtapi.status.code": int64(62000), "mtapi.status.state": "unknown"}},
	{"http", "404", map[string]any{
		"mtapi.status.code": int64(404), "mtapi.status.message": "Not Found", "mtapi.status.state": "http",
	}},
	{"invalid", "abc", map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"empty string", "", map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"empty array", []any{}, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"too large", "99999999999", map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"int too large", int64(1) << 40, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"double", 617020.0, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"bool", true, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"map", map[string]any{"mtapistatus": "617020"}, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"nested array", []any{[]any{"617020"}}, map[string]any{"mtapi.status.state": "invalid", "mtapi.status.invalid": int64(1)}},
	{"one code among invalid values", []any{"abc", "617020", "", true}, with(updateDate, "mtapi.status.invalid", int64(3))},
	{"empty list elements are not values", "617020,,", updateDate},
	{"quotes and brackets of a printed list", `["617020"]`, updateDate},
}

var twoCodes = map[string]any{
	"mtapi.status.code":                []any{int64(617020), int64(-1)},
	"mtapi.status.name":                []any{"UpdateDateCannotBeInFuture", "NotSet"},
	"mtapi.status.message":             []any{"Update date cannot be in future.", ""},
	"mtapi.status.controller":          []any{"Service Requests", ""},
	"mtapi.status.controller_inferred": []any{true, false},
	"mtapi.status.state":               []any{"current", "notset"},
}

func with(m map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

// added returns the attributes the processor added to attrs, which held only the header and
// "other" before.
func added(attrs pcommon.Map, keys ...string) map[string]any {
	raw := attrs.AsRaw()
	for _, k := range append(keys, "other") {
		delete(raw, k)
	}
	if len(raw) == 0 {
		return nil
	}
	return raw
}

func newTraces(t testing.TB, cfg *Config) (*consumertest.TracesSink, func(ptrace.Traces) ptrace.Traces) {
	t.Helper()
	sink := new(consumertest.TracesSink)
	p, err := NewFactory().CreateTraces(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Shutdown(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return sink, func(td ptrace.Traces) ptrace.Traces {
		t.Helper()
		sink.Reset()
		if err := p.ConsumeTraces(context.Background(), td); err != nil {
			t.Fatal(err)
		}
		if got := sink.AllTraces(); len(got) == 1 {
			return got[0]
		}
		t.Fatalf("the sink holds %d batches", len(sink.AllTraces()))
		return ptrace.Traces{}
	}
}

func newLogs(t testing.TB, cfg *Config) func(plog.Logs) plog.Logs {
	t.Helper()
	sink := new(consumertest.LogsSink)
	p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Shutdown(context.Background()) })
	return func(ld plog.Logs) plog.Logs {
		t.Helper()
		sink.Reset()
		if err := p.ConsumeLogs(context.Background(), ld); err != nil {
			t.Fatal(err)
		}
		return sink.AllLogs()[0]
	}
}

// oneSpan is a batch of one span with attributes key=value and other="x".
func oneSpan(t testing.TB, key string, value attr) ptrace.Traces {
	td := ptrace.NewTraces()
	span := td.ResourceSpans().AppendEmpty().ScopeSpans().AppendEmpty().Spans().AppendEmpty()
	span.SetName("GET /api/servicerequests")
	span.Attributes().PutStr("other", "x")
	if err := span.Attributes().PutEmpty(key).FromRaw(value); err != nil {
		t.Fatal(err)
	}
	return td
}

func oneRecord(t testing.TB, key string, value attr) plog.Logs {
	ld := plog.NewLogs()
	rec := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	rec.Body().SetStr("request finished")
	rec.Attributes().PutStr("other", "x")
	if err := rec.Attributes().PutEmpty(key).FromRaw(value); err != nil {
		t.Fatal(err)
	}
	return ld
}

func firstSpan(td ptrace.Traces) ptrace.Span {
	return td.ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0)
}

func firstRecord(ld plog.Logs) plog.LogRecord {
	return ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
}

func TestShapes(t *testing.T) {
	_, traces := newTraces(t, createDefaultConfig())
	logs := newLogs(t, createDefaultConfig())
	for _, tc := range shapes {
		t.Run(tc.name, func(t *testing.T) {
			span := firstSpan(traces(oneSpan(t, DefaultAttribute, tc.value)))
			if got := added(span.Attributes(), DefaultAttribute); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("span attributes:\n got %v\nwant %v", got, tc.want)
			}
			if span.Status().Code() != ptrace.StatusCodeUnset {
				t.Errorf("the status changed without span_status: %v", span.Status().Code())
			}
			rec := firstRecord(logs(oneRecord(t, DefaultAttribute, tc.value)))
			if got := added(rec.Attributes(), DefaultAttribute); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("log record attributes:\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestHeaderIsLeftAsItWas(t *testing.T) {
	_, traces := newTraces(t, createDefaultConfig())
	span := firstSpan(traces(oneSpan(t, DefaultAttribute, []any{"617020, 901002"})))
	v, _ := span.Attributes().Get(DefaultAttribute)
	if got := v.AsRaw(); !reflect.DeepEqual(got, []any{"617020, 901002"}) {
		t.Fatalf("the header became %v", got)
	}
}

func TestNoHeaderNoChange(t *testing.T) {
	_, traces := newTraces(t, createDefaultConfig())
	span := firstSpan(traces(oneSpan(t, "http.response.header.content-type", "application/json")))
	if got := span.Attributes().Len(); got != 2 {
		t.Fatalf("a span without the header has %d attributes: %v", got, span.Attributes().AsRaw())
	}
}

func TestHugeListIsCapped(t *testing.T) {
	_, traces := newTraces(t, createDefaultConfig())
	list := strings.Repeat("617020,", codes.MaxValues-1) + "abc," + strings.Repeat("-1,", 500)
	attrs := firstSpan(traces(oneSpan(t, DefaultAttribute, []any{list, "617020", int64(1)}))).Attributes()
	code, _ := attrs.Get("mtapi.status.code")
	if n := code.Slice().Len(); n != codes.MaxValues-1 {
		t.Errorf("%d codes written, want %d", n, codes.MaxValues-1)
	}
	for key, want := range map[string]int64{"mtapi.status.invalid": 1, "mtapi.status.dropped": 502} {
		if v, _ := attrs.Get(key); v.Int() != want {
			t.Errorf("%s = %v, want %d", key, v.AsRaw(), want)
		}
	}
}

func TestAttributesInOrderOfPreference(t *testing.T) {
	cfg := createDefaultConfig()
	cfg.Attributes = []string{"mtapistatus", DefaultAttribute}
	_, traces := newTraces(t, cfg)
	td := oneSpan(t, DefaultAttribute, "617020")
	firstSpan(td).Attributes().PutStr("mtapistatus", "-1")
	attrs := firstSpan(traces(td)).Attributes()
	if v, _ := attrs.Get("mtapi.status.code"); v.Int() != -1 {
		t.Fatalf("decoded %v, want the first attribute listed (-1)", v.AsRaw())
	}
	attrs = firstSpan(traces(oneSpan(t, DefaultAttribute, "617020"))).Attributes()
	if v, _ := attrs.Get("mtapi.status.code"); v.Int() != 617020 {
		t.Fatalf("decoded %v, want the second attribute listed when the first is missing", v.AsRaw())
	}
}

func TestPrefix(t *testing.T) {
	cfg := createDefaultConfig()
	cfg.Prefix = "app.mtapi_"
	_, traces := newTraces(t, cfg)
	attrs := firstSpan(traces(oneSpan(t, DefaultAttribute, "617020"))).Attributes()
	if v, ok := attrs.Get("app.mtapi_status.name"); !ok || v.Str() != "UpdateDateCannotBeInFuture" {
		t.Fatalf("attributes: %v", attrs.AsRaw())
	}
}

func TestCatalogueDirectoryChangesTheAnswer(t *testing.T) {
	cfg := createDefaultConfig()
	cfg.Catalogue = cataloguetest.Revised(t)
	_, traces := newTraces(t, cfg)
	attrs := firstSpan(traces(oneSpan(t, DefaultAttribute, strconv.Itoa(cataloguetest.RevisedCode)))).Attributes()
	want := with(updateDate, "mtapi.status.name", cataloguetest.RevisedName, "mtapi.status.message", cataloguetest.RevisedMessage)
	if got := added(attrs, DefaultAttribute); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
}

func TestBadCatalogueFailsAtCreation(t *testing.T) {
	cfg := createDefaultConfig()
	cfg.Catalogue = cataloguetest.Broken(t)
	for _, create := range []func() error{
		func() error {
			_, err := NewFactory().CreateTraces(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, consumertest.NewNop())
			return err
		},
		func() error {
			_, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, consumertest.NewNop())
			return err
		},
		cfg.Validate,
	} {
		err := create()
		want := "catalogue " + cfg.Catalogue + " has 1 problem:\n  " + cfg.Catalogue + "/catalogue.tsv:" + strconv.Itoa(cataloguetest.BrokenLine) + ": "
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not read %q", err, want)
		}
	}
}

func TestSpanStatus(t *testing.T) {
	cfg := createDefaultConfig()
	cfg.SpanStatus = SpanStatusConfig{ErrorStates: []string{"undocumented", "unknown", "invalid"}, ErrorCodes: []int{617020}}
	_, traces := newTraces(t, cfg)
	for _, tc := range []struct {
		value   attr
		initial ptrace.StatusCode
		code    ptrace.StatusCode
		message string
	}{
		{"617020", ptrace.StatusCodeUnset, ptrace.StatusCodeError, "mtapistatus 617020 UpdateDateCannotBeInFuture (current)"},
		{"-1, 617999", ptrace.StatusCodeUnset, ptrace.StatusCodeError, "mtapistatus 617999 (undocumented)"},
		{"999999", ptrace.StatusCodeUnset, ptrace.StatusCodeError, "mtapistatus 999999 (unknown)"},
		{"abc", ptrace.StatusCodeUnset, ptrace.StatusCodeError, "mtapistatus holds no status code"},
		{"901002", ptrace.StatusCodeUnset, ptrace.StatusCodeUnset, ""},
		{"-1", ptrace.StatusCodeUnset, ptrace.StatusCodeUnset, ""},
		{"abc, -1", ptrace.StatusCodeUnset, ptrace.StatusCodeUnset, ""},
		// Ok is final, and an Error the application set keeps its own message.
		{"617020", ptrace.StatusCodeOk, ptrace.StatusCodeOk, ""},
		{"617020", ptrace.StatusCodeError, ptrace.StatusCodeError, "set by the application"},
	} {
		td := oneSpan(t, DefaultAttribute, tc.value)
		if tc.initial != ptrace.StatusCodeUnset {
			firstSpan(td).Status().SetCode(tc.initial)
			if tc.initial == ptrace.StatusCodeError {
				firstSpan(td).Status().SetMessage("set by the application")
			}
		}
		st := firstSpan(traces(td)).Status()
		if st.Code() != tc.code || st.Message() != tc.message {
			t.Errorf("%v from %v: status %v %q, want %v %q", tc.value, tc.initial, st.Code(), st.Message(), tc.code, tc.message)
		}
	}
}

func TestLifecycle(t *testing.T) {
	processortest.VerifyShutdown(t, NewFactory(), createDefaultConfig())
	if err := componenttest.CheckConfigStruct(createDefaultConfig()); err != nil {
		t.Fatal(err)
	}
	if NewFactory().Type() != metadata.Type || metadata.Type.String() != "mtapistatus" {
		t.Fatalf("type %v", NewFactory().Type())
	}
}
