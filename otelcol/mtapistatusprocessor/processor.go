package mtapistatusprocessor

import (
	"context"
	"strconv"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

// keys are the attribute names the processor writes, built once from the prefix.
type keys struct {
	code, name, message, controller, inferred, state, rng, invalid, dropped string
}

func newKeys(prefix string) keys {
	p := prefix + "status."
	return keys{
		code: p + "code", name: p + "name", message: p + "message", controller: p + "controller",
		inferred: p + "controller_inferred", state: p + "state", rng: p + "range",
		invalid: p + "invalid", dropped: p + "dropped",
	}
}

type statusProcessor struct {
	attributes []string
	keys       keys
	dec        *decoder
}

func newProcessor(cfg *Config) (*statusProcessor, error) {
	cat, err := loadCatalogue(cfg.Catalogue)
	if err != nil {
		return nil, err
	}
	return &statusProcessor{attributes: cfg.Attributes, keys: newKeys(cfg.Prefix), dec: newDecoder(cat, cfg.SpanStatus)}, nil
}

func (p *statusProcessor) processTraces(_ context.Context, td ptrace.Traces) (ptrace.Traces, error) {
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		sss := rss.At(i).ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				span := spans.At(k)
				if msg, isError := p.decorate(span.Attributes()); isError && span.Status().Code() == ptrace.StatusCodeUnset {
					// Only an unset status changes: an Error the application set keeps its message, and
					// an Ok is final (the OpenTelemetry specification lets nothing override it).
					span.Status().SetCode(ptrace.StatusCodeError)
					span.Status().SetMessage(msg)
				}
			}
		}
	}
	return td, nil
}

func (p *statusProcessor) processLogs(_ context.Context, ld plog.Logs) (plog.Logs, error) {
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		sls := rls.At(i).ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			records := sls.At(j).LogRecords()
			for k := 0; k < records.Len(); k++ {
				p.decorate(records.At(k).Attributes())
			}
		}
	}
	return ld, nil
}

// decorate decodes the first configured attribute attrs holds and writes what it means next to it.
// It returns whether a code calls for the span status Error, and the status message to set then,
// which is built only in that case.
func (p *statusProcessor) decorate(attrs pcommon.Map) (statusMessage string, isError bool) {
	var v pcommon.Value
	found := false
	for _, key := range p.attributes {
		if v, found = attrs.Get(key); found {
			break
		}
	}
	if !found {
		return "", false
	}
	// A first pass counts the codes: one is written as single values, several as arrays.
	var first int
	var firstAnswer *answer
	errorCode, errorAnswer := 0, (*answer)(nil)
	anyRange := false
	t := p.dec.scan(v, func(n int, a *answer) {
		if firstAnswer == nil {
			first, firstAnswer = n, a
		}
		anyRange = anyRange || a.rng != ""
		if errorAnswer == nil && p.dec.isError(n, a) {
			errorCode, errorAnswer = n, a
		}
	})
	k := &p.keys
	// One growth of the attribute slice instead of several.
	attrs.EnsureCapacity(attrs.Len() + 9)
	switch {
	case t.valid == 1:
		a := firstAnswer
		attrs.PutInt(k.code, int64(first))
		attrs.PutStr(k.state, a.state)
		putNonEmpty(attrs, k.name, a.name)
		putNonEmpty(attrs, k.message, a.message)
		if a.controller != "" {
			attrs.PutStr(k.controller, a.controller)
			attrs.PutBool(k.inferred, a.inferred)
		}
		putNonEmpty(attrs, k.rng, a.rng)
	case t.valid > 1:
		p.putArrays(attrs, v, t.valid, anyRange)
	default:
		attrs.PutStr(k.state, StateInvalid)
	}
	if t.invalid > 0 {
		attrs.PutInt(k.invalid, int64(t.invalid))
	}
	if t.dropped > 0 {
		attrs.PutInt(k.dropped, int64(t.dropped))
	}
	switch {
	case errorAnswer != nil:
		return errorMessage(errorCode, errorAnswer), true
	case t.valid == 0 && p.dec.errorInvalid:
		return "mtapistatus holds no status code", true
	}
	return "", false
}

func putNonEmpty(attrs pcommon.Map, key, value string) {
	if value != "" {
		attrs.PutStr(key, value)
	}
}

// putArrays writes one array per field, one element per code in the order of the header, "" (or
// false) where a code has no such field. The range array is written when one of the codes is
// undocumented, as the range attribute is for one code.
func (p *statusProcessor) putArrays(attrs pcommon.Map, v pcommon.Value, n int, withRange bool) {
	k := &p.keys
	code, state := attrs.PutEmptySlice(k.code), attrs.PutEmptySlice(k.state)
	name, message := attrs.PutEmptySlice(k.name), attrs.PutEmptySlice(k.message)
	controller, inferred := attrs.PutEmptySlice(k.controller), attrs.PutEmptySlice(k.inferred)
	for _, s := range [...]pcommon.Slice{code, state, name, message, controller, inferred} {
		s.EnsureCapacity(n)
	}
	var rng pcommon.Slice
	if withRange {
		rng = attrs.PutEmptySlice(k.rng)
		rng.EnsureCapacity(n)
	}
	p.dec.scan(v, func(n int, a *answer) {
		code.AppendEmpty().SetInt(int64(n))
		state.AppendEmpty().SetStr(a.state)
		name.AppendEmpty().SetStr(a.name)
		message.AppendEmpty().SetStr(a.message)
		controller.AppendEmpty().SetStr(a.controller)
		inferred.AppendEmpty().SetBool(a.inferred)
		if withRange {
			rng.AppendEmpty().SetStr(a.rng)
		}
	})
}

// errorMessage is the span status message: "mtapistatus 617020 UpdateDateCannotBeInFuture
// (current)".
func errorMessage(n int, a *answer) string {
	s := "mtapistatus " + strconv.Itoa(n)
	if a.name != "" {
		s += " " + a.name
	}
	return s + " (" + a.state + ")"
}
