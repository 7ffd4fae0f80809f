package mtapistatusprocessor

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processorhelper"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/otelcol/mtapistatusprocessor/internal/metadata"
)

func defaultDecoder() *decoder { return newDecoder(codes.Default(), SpanStatusConfig{}) }

// TestLookupDoesNotAllocate holds the per-value budget: reading the header and finding each code's
// answer is map look-ups over substrings of the value; only writing the attributes allocates.
func TestLookupDoesNotAllocate(t *testing.T) {
	d := defaultDecoder()
	values := []pcommon.Value{pcommon.NewValueStr("617020"), pcommon.NewValueStr("617020, -1, 617999, 999999, 404, abc"), pcommon.NewValueInt(604004)}
	arr := pcommon.NewValueSlice()
	arr.Slice().AppendEmpty().SetStr("617020")
	arr.Slice().AppendEmpty().SetStr("901002,-1")
	values = append(values, arr)
	sum := 0
	for _, v := range values {
		allocs := testing.AllocsPerRun(100, func() {
			d.scan(v, func(n int, a *answer) { sum += n + len(a.name) })
		})
		if allocs != 0 {
			t.Errorf("scanning %v allocates %v times", v.AsRaw(), allocs)
		}
	}
}

// FuzzScan feeds the value parser any string, alone and inside an array: it must not panic, must
// account for every value exactly once, and must keep at most codes.MaxValues of them.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"617020", "617020, -1", "", ",,,", "abc", `["617020"]`, "{617020, 901002}",
		"99999999999", "-", "+617020", "617020.", "\n617020\r\n", strings.Repeat("1,", 1200), "-1,-1,-1"} {
		f.Add(s)
	}
	d := defaultDecoder()
	f.Fuzz(func(t *testing.T, s string) {
		values := 0
		for range codes.Values(s) {
			values++
		}
		visited := 0
		tl := d.scan(pcommon.NewValueStr(s), func(n int, a *answer) {
			visited++
			if a == nil || a.state == "" {
				t.Fatalf("%d has no answer", n)
			}
		})
		if tl.valid+tl.invalid+tl.dropped != values || visited != tl.valid || tl.valid+tl.invalid > codes.MaxValues {
			t.Fatalf("%q: %+v for %d values, %d visited", s, tl, values, visited)
		}
		arr := pcommon.NewValueSlice()
		arr.Slice().AppendEmpty().SetStr(s)
		arr.Slice().AppendEmpty().SetStr(s)
		if tl2 := d.scan(arr, func(int, *answer) {}); tl2.valid+tl2.invalid+tl2.dropped != 2*values || tl2.valid+tl2.invalid > codes.MaxValues {
			t.Fatalf("%q twice: %+v", s, tl2)
		}
		// The whole processor on a span carrying it: no panic, at most MaxValues codes written.
		p, err := newProcessor(createDefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		attrs := pcommon.NewMap()
		attrs.PutStr(DefaultAttribute, s)
		p.decorate(attrs)
		if v, ok := attrs.Get("mtapi.status.code"); ok && v.Type() == pcommon.ValueTypeSlice && v.Slice().Len() > codes.MaxValues {
			t.Fatalf("%d codes written", v.Slice().Len())
		}
	})
}

// FuzzParseCode holds parseCode's fast path to codes.ParseNumber's answer.
func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"617020", "-1", "-", "", "0", "-0", "123456789", "1234567890", "12345678901",
		"2147483648", "-2147483648", "+5", "617020.", "(617020)", "1a", "--1", "٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := parseCode(s)
		wn, err := codes.ParseNumber(s)
		wok := err == nil
		if ok != wok || ok && n != wn {
			t.Fatalf("parseCode(%q) = %d, %v; ParseNumber says %d, %v", s, n, ok, wn, wok)
		}
	})
}

// typicalBatch is what an instrumented ASP.NET service sends in one export: spans of a dozen
// attributes each, one of them the captured header.
func typicalBatch(spans int) ptrace.Traces {
	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr("service.name", "mtapi")
	ss := rs.ScopeSpans().AppendEmpty()
	ss.Scope().SetName("Microsoft.AspNetCore")
	statuses := []string{"-1", "617020", "-1", "901002", "-1", "604004", "-1", "4041001"}
	start := time.Date(2026, 12, 7, 11, 0, 0, 0, time.UTC)
	for i := range spans {
		span := ss.Spans().AppendEmpty()
		span.SetName("GET api/servicerequests/{id}")
		span.SetKind(ptrace.SpanKindServer)
		span.SetTraceID(pcommon.TraceID{byte(i), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
		span.SetSpanID(pcommon.SpanID{byte(i), 1, 2, 3, 4, 5, 6, 7})
		span.SetStartTimestamp(pcommon.NewTimestampFromTime(start))
		span.SetEndTimestamp(pcommon.NewTimestampFromTime(start.Add(12 * time.Millisecond)))
		a := span.Attributes()
		a.PutStr("http.request.method", "GET")
		a.PutStr("url.scheme", "https")
		a.PutStr("url.path", "/api/servicerequests/1234")
		a.PutStr("url.full", "https://mtapi.example.com/api/servicerequests/1234")
		a.PutStr("server.address", "mtapi.example.com")
		a.PutInt("server.port", 443)
		a.PutStr("http.route", "api/servicerequests/{id}")
		a.PutInt("http.response.status_code", 400)
		a.PutStr("network.protocol.version", "1.1")
		a.PutStr("user_agent.original", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)")
		a.PutStr("client.address", "10.1.2.3")
		a.PutEmptySlice(DefaultAttribute).AppendEmpty().SetStr(statuses[i%len(statuses)])
	}
	return td
}

// BenchmarkProcessTraces measures a batch as a collector handles it: the OTLP request is
// unmarshalled (as the receiver does; a batch can be processed once only) and passed through the
// processor, against the same through a processor that does nothing. ns/span and allocs/span are
// per span of the batch; the processor's own share is the difference between the two.
func BenchmarkProcessTraces(b *testing.B) {
	const spans = 100
	raw, err := (&ptrace.ProtoMarshaler{}).MarshalTraces(typicalBatch(spans))
	if err != nil {
		b.Fatal(err)
	}
	for _, factory := range []processor.Factory{nopFactory(), NewFactory()} {
		p, err := factory.CreateTraces(context.Background(), processortest.NewNopSettings(factory.Type()), factory.CreateDefaultConfig(), consumertest.NewNop())
		if err != nil {
			b.Fatal(err)
		}
		b.Run(factory.Type().String(), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu := cpuTime()
			for b.Loop() {
				td, err := (&ptrace.ProtoUnmarshaler{}).UnmarshalTraces(raw)
				if err != nil {
					b.Fatal(err)
				}
				if err := p.ConsumeTraces(context.Background(), td); err != nil {
					b.Fatal(err)
				}
			}
			cpu = cpuTime() - cpu
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*spans), "ns/span")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*spans), "cpu-ns/span")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*spans), "allocs/span")
		})
	}
}

// BenchmarkLookup is the look-up alone: one header value of a typical span.
func BenchmarkLookup(b *testing.B) {
	d := defaultDecoder()
	v := pcommon.NewValueSlice()
	v.Slice().AppendEmpty().SetStr("617020")
	b.ReportAllocs()
	sum := 0
	for b.Loop() {
		d.scan(v, func(n int, a *answer) { sum += n })
	}
}

var nopType = component.MustNewType("noop")

func nopFactory() processor.Factory {
	return processor.NewFactory(nopType, func() component.Config { return &struct{}{} },
		processor.WithTraces(func(ctx context.Context, set processor.Settings, cfg component.Config, next consumer.Traces) (processor.Traces, error) {
			return processorhelper.NewTraces(ctx, set, cfg, next,
				func(_ context.Context, td ptrace.Traces) (ptrace.Traces, error) { return td, nil },
				processorhelper.WithCapabilities(consumer.Capabilities{MutatesData: true}))
		}, metadata.TracesStability))
}
